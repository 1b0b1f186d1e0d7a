/** The Acties screen, loaded when first opened. */
import { Acties } from './Acties.tsx';

export default Acties;
