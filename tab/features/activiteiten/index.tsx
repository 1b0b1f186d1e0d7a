/** The Activiteiten screen, loaded when first opened, with its text (registered on import). */
import '../../../shared/i18n/screens.ts';
import { Activiteiten } from './Activiteiten.tsx';

export default Activiteiten;
