/**
 * What the interactive map needs from d3 to pan and zoom. ReferralMap imports this module only
 * when the map is first touched, pointed at or focused, or a zoom button is pressed: the finder
 * page does not download or run it before then.
 */
export { zoom, zoomIdentity } from 'd3-zoom';
export { select } from 'd3-selection';
