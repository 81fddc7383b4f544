/** The planning feature's public surface: other features import from here, never its files. */
export { enServiceA, lierActivite } from './planning.read';
export { assertPlanningRefs } from './planning.refs';
export { listPlanning } from './planning.service';
