/** The Indicatoren screen, loaded when first opened, with its text (registered on import). */
import '../../../shared/i18n/screens.ts';
import { Indicatoren } from './Indicatoren.tsx';

export default Indicatoren;
