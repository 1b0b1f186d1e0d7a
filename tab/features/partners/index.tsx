/** The Partners screen, loaded when first opened. */
import { Partners } from './Partners.tsx';

export default Partners;
