/** The Geschiedenis screen, loaded when first opened. */
import { Geschiedenis } from './Geschiedenis.tsx';

export default Geschiedenis;
