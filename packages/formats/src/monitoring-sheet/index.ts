export { isMonitoringJson, readMonitoringBytes, writeMonitoringJson } from './file';
export { monitoringSheetMessage } from './messages';
export { readMonitoringGrid, readMonitoringXlsx } from './read';
export { buildMonitoringWorkbook, writeMonitoringXlsx } from './write';
