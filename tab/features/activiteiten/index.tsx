/** The Activiteiten screen, loaded when first opened. */
import { Activiteiten } from './Activiteiten.tsx';

export default Activiteiten;
