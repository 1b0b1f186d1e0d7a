/** The Overzicht screen, loaded when first opened. */
import { Overzicht } from './Overzicht.tsx';

export default Overzicht;
