import type { Lang } from '@jixiao/domain';
import { readEvaluationBytes, readEvaluationUpload, readMonitoringBytes } from '@jixiao/formats';
import { auditOne, type Upload } from '../audit/audit-one';
import { type ImportFile, type ReadPart, readUploads } from '../imports/read-uploads';

/**
 * The work the heavy pool runs on its worker threads (heavy/worker.ts): every parse of an uploaded .xlsx,
 * .docx, .zip or PDF (ExcelJS, JSZip, fast-xml-parser, pdf.js), so that inflating and parsing never holds
 * the server's event loop. Inputs and outputs are plain data: they cross threads by structured clone.
 */
export const TASKS = {
  /** A bulk import's files read, scored and checked (imports/read-uploads.ts). */
  readUploads: (files: ImportFile[]) => readUploads(files),
  /** One share of a bulk import's files, read on one thread while the others read theirs. */
  readUploadsPart: (input: { files: ImportFile[]; part: ReadPart }) => readUploads(input.files, input.part),
  /** One evaluation file (导入自评表). */
  readEvaluation: (file: ImportFile) => readEvaluationBytes(file.bytes, file.name),
  /** One evaluation file to import, with whether it names its own rule set (imports/single-import.ts). */
  readImport: (file: ImportFile) => readEvaluationUpload(file.bytes, file.name),
  /** One file of 报告审核, already on disk. */
  auditFile: (input: { upload: Upload; lang: Lang }) => auditOne(input.upload, input.lang),
  /** One monitoring report file (监控表 .xlsx or jixiao.monitoring JSON; routes/monitoring-files.ts). */
  readMonitoring: (file: ImportFile) => readMonitoringBytes(file.bytes, file.name),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<(typeof TASKS)[K]>>;

/** What the pool posts to a worker. */
export type TaskMessage = { [K in TaskName]: { task: K; input: TaskInput<K> } }[TaskName];

/** Runs one task (in the worker); the switch keeps each task's input and output types together. */
export function runTask(message: TaskMessage): Promise<unknown> {
  switch (message.task) {
    case 'readUploads':
      return TASKS.readUploads(message.input);
    case 'readUploadsPart':
      return TASKS.readUploadsPart(message.input);
    case 'readEvaluation':
      return TASKS.readEvaluation(message.input);
    case 'readImport':
      return TASKS.readImport(message.input);
    case 'auditFile':
      return TASKS.auditFile(message.input);
    case 'readMonitoring':
      return TASKS.readMonitoring(message.input);
  }
}
