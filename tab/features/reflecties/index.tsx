/** The Reflecties screen, loaded when first opened, with its text (registered on import). */
import '../../../shared/i18n/reflectie-messages.ts';
import '../../../shared/i18n/reflecties-tab.ts';
import { Reflecties } from './Reflecties.tsx';

export default Reflecties;
