/** The Geschiedenis screen, loaded when first opened, with its text (registered on import). */
import '../../../shared/i18n/screens.ts';
import { Geschiedenis } from './Geschiedenis.tsx';

export default Geschiedenis;
