/** The Reflecties screen, loaded when first opened. */
import { Reflecties } from './Reflecties.tsx';

export default Reflecties;
