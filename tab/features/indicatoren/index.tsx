/** The Indicatoren screen, loaded when first opened. */
import { Indicatoren } from './Indicatoren.tsx';

export default Indicatoren;
