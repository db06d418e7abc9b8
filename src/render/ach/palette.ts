// The ACH matrix's colours live with the rest of the visual language, so the map's rating lines match them.
export { ACH_CELL_STYLES as RATING_STYLE } from '../palette.js';
