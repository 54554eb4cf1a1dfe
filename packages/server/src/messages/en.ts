import type { Mirror } from '@jixiao/domain';
import { ACCOUNT_LIMITS } from '../users/limits';
import type { zh } from './zh';

/** The API's sentences in English: the same keys and parameters as zh.ts. */
export const en = {
  'http.notFound': (p) => `the ${p.what} does not exist or you may not see it`,
  'http.noRoute': (p) => `no route for ${p.method} ${p.path}`,
  'http.forbidden': () => 'you do not have permission to do this',
  'http.staleVersion': (p) =>
    `someone else changed this record (you edited version ${p.given}, the current one is ${p.current}). Reload and make your change on the latest version; your change was not saved.`,
  'http.invalidPart': (p) => `the ${p.part} is not valid`,
  'http.invalidPartCount': (p) => `the ${p.part} has ${p.count} ${p.count === 1 ? 'problem' : 'problems'}`,
  'http.invalidValue': () => 'not valid',
  'http.rateLimited': () => 'too many requests; try again later',
  'http.tooLarge': () => 'the upload is too large',
  'http.unsupportedMediaType': () => 'unsupported content type',
  'http.badRequest': () => 'the request cannot be processed; check its format',
  'http.internal': () =>
    'internal server error; try again later, and contact the administrator if it persists',
  'part.body': () => 'form',
  'part.querystring': () => 'query string',
  'part.params': () => 'path parameters',
  'part.headers': () => 'request headers',
  'part.request': () => 'request',

  'schema.username': () => 'a user name uses only letters, digits and _ . @ -, 2–64 characters',
  'schema.nameEmpty': () => 'the name cannot be empty',
  'schema.regionCode': () => 'a fiscal region code is 6 digits',
  'schema.projectNameEmpty': () => 'the project name cannot be empty',
  'schema.displayName': () =>
    `the display name cannot be empty and has at most ${ACCOUNT_LIMITS.displayNameMax} characters`,
  'schema.nameTooLong': () => `a name has at most ${ACCOUNT_LIMITS.organisationNameMax} characters`,
  'schema.organisationCode': () =>
    `a code (unified social credit code or unit code) has at most ${ACCOUNT_LIMITS.organisationCodeMax} characters: letters, digits and -`,

  'entity.organisation': () => 'organisation',
  'entity.evaluation': () => 'self-evaluation',
  'entity.budget': () => 'budget',
  'entity.project': () => 'project',
  'entity.job': () => 'job',
  'entity.user': () => 'user',
  'entity.fiscalYear': () => 'fiscal year',

  'auth.loginRequired': () => 'please log in first',
  'auth.badCredentials': () => 'wrong user name or password',
  'auth.locked': (p) =>
    `too many failed logins for this user name; logins are paused, try again in ${p.minutes} minutes`,
  'auth.loginFailed': () => 'login failed',
  'auth.tooManyAttempts': (p) => `too many login attempts; try again in ${p.minutes} minutes`,
  'auth.csrf': () => 'the security token is missing or invalid; reload the page and try again',
  'auth.changePasswordFirst': () =>
    'change the initial password first (“Change password” at the top right), then carry on',
  'auth.outOfScope': () => 'this record does not belong to an organisation you have rights over',
  'auth.currentPasswordWrong': () => 'the current password is wrong',
  'auth.passwordAttempts': (p) => `too many wrong current passwords; try again in ${p.minutes} minutes`,
  'password.tooShort': (p) =>
    `a password has at least ${p.min} characters (three of: upper case, lower case, digits, symbols), or is a passphrase of at least ${p.passphrase}`,
  'password.tooFewClasses': (p) =>
    `a password has at least ${p.classes} of: upper case, lower case, digits, symbols; or is a passphrase of at least ${p.passphrase} characters`,
  'password.tooRepetitive': (p) => `a passphrase has at least ${p.distinct} different characters`,
  'password.common': () => 'this password is too common; choose another',
  'password.sameAsOld': () => 'the new password must differ from the current one',
  'password.adminFromEnv': (p) => `JIXIAO_ADMIN_PASSWORD breaks the password rules: ${p.problem}`,

  'kind.financeBureau': () => 'finance bureau',
  'kind.department': () => 'supervising department',
  'kind.unit': () => 'unit',
  'role.preparer': () => 'unit preparer',
  'role.unitApprover': () => 'unit approver',
  'role.departmentReviewer': () => 'department reviewer',
  'role.financeReviewer': () => 'finance bureau reviewer',
  'role.admin': () => 'system administrator',
  'organisation.bureauHasNoParent': () => 'a finance bureau has no parent organisation',
  'organisation.parentRequired': () => 'a parent organisation is required',
  'organisation.parentMissing': () => 'the parent organisation does not exist',
  'organisation.wrongChildKind': (p) => `a ${p.child} cannot be created directly under a ${p.parent}`,
  'organisation.duplicateName': (p) => `the same parent already has an organisation named "${p.name}"`,
  'organisation.codeTaken': (p: { code: string }) =>
    `an organisation with the code "${p.code}" already exists in this fiscal region`,
  'organisation.regionCodesTaken': (p) =>
    `in fiscal region ${p.region} an organisation already uses a code of this bureau or one below it; change the repeated code first`,
  'organisation.regionFromParent': (p: { region: string }) =>
    `departments and units take their fiscal region from above (${p.region}); it cannot be set apart`,
  'organisation.regionOnlyBureau': () =>
    "only a finance bureau's fiscal region code can be changed; departments and units follow their parent",
  'organisation.notEmpty': (p: { name: string; what: string }) =>
    `"${p.name}" still holds ${p.what} and cannot be deleted; delete or move them first`,
  'organisation.children': (p: { count: number }) => `${p.count} subordinate organisation(s)`,
  'organisation.users': (p: { count: number }) => `${p.count} user(s)`,
  'organisation.evaluations': (p: { count: number }) => `${p.count} evaluation(s)`,
  'organisation.budgets': (p: { count: number }) => `${p.count} budget record(s)`,
  'organisation.projects': (p: { count: number }) => `${p.count} project(s)`,
  'user.adminHasNoOrganisation': () => 'a system administrator belongs to no organisation',
  'user.shouldBeEmpty': () => 'should be empty',
  'user.roleNeedsOrganisation': (p) => `a ${p.role} must be assigned to a ${p.kind}`,
  'user.usernameTaken': (p) => `user name "${p.username}" is already taken`,
  'user.cannotResetSelf': () => 'you cannot reset your own password; use "Change password"',
  'user.cannotChangeSelf': () =>
    'you cannot deactivate yourself or change your own roles (ask another system administrator)',
  'fiscalYear.exists': (p) => `fiscal year ${p.year} already exists`,
  'budget.onlyUnits': () => 'budgets and projects can only be registered for units (budget units)',
  'budget.exists': (p) => `the ${p.year} budget of "${p.unit}" already exists; edit the existing record`,

  'status.draft': () => 'draft',
  'status.submitted': () => 'submitted',
  'status.signed': () => 'signed by the unit (awaiting review)',
  'status.approved': () => 'approved',
  'status.returned': () => 'returned',
  'status.departmentApproved': () => 'passed by the department (awaiting the finance bureau)',
  'action.submit': () => 'submit it',
  'action.sign': () => 'sign it',
  'action.approve': () => 'approve it',
  'action.return': () => 'return it',
  'action.withdraw': () => 'withdraw it',
  'evaluation.onlyUnits': () => 'a self-evaluation can only be created under a unit (budget unit)',
  'evaluation.projectNotOfUnit': () => 'the chosen project does not belong to this unit',
  'evaluation.notEditable': (p) =>
    `the self-evaluation is ${p.status}; only drafts and returned ones can be edited`,
  'evaluation.notDeletable': (p) =>
    `the self-evaluation is ${p.status}; only drafts and returned ones can be deleted`,
  'evaluation.wrongStatus': (p) => `the self-evaluation is ${p.status}, so you cannot ${p.action}`,
  'evaluation.errorsBlockSubmit': (p) =>
    `the self-evaluation still has ${p.count} ${p.count === 1 ? 'error' : 'errors'}; correct them before submitting`,
  'evaluation.warningsNeedNotes': (p) =>
    `${p.count} ${p.count === 1 ? 'warning has' : 'warnings have'} no note yet: acknowledge each warning with a note before submitting`,
  'evaluation.findingWithCode': (p) => `${p.message} (${p.code})`,
  'evaluation.returnNeedsReason': () => 'a reason is required to return a self-evaluation',
  'evaluation.writeReason': () => 'write the reason for returning it',
  'evaluation.notYourTurn': (p) =>
    `the self-evaluation is ${p.status}; it is now for the ${p.role} to act, as the review goes step by step`,
  'evaluation.withdrawOwnStep': () => 'only the person who took the last step can withdraw it',
  'evaluation.batchFailed': (p) =>
    `nothing was done: ${p.count} of the selected self-evaluations cannot be processed; remove them and try again`,
  'evaluation.batchItem': (p) => `"${p.title}": ${p.message}`,
  'evaluation.commentNotFound': () => 'no such comment on this self-evaluation',
  'evaluation.replyToReply': () => 'reply to the comment itself, not to a reply',
  'evaluation.resolveNotAllowed': () =>
    'only the comment author or a reviewer can resolve or reopen a comment',
  'evaluation.commentEmpty': () => 'the comment cannot be empty',
  'evaluation.writeComment': () => 'write the comment',
  'label.project': () => 'project',
  'label.returnReason': () => 'reason for returning',
  'label.comment': () => 'comment',
  'label.unitName': () => 'unit name',
  'label.fiscalYear': () => 'fiscal year',
  'figure.initialBudget': () => 'initial budget',
  'figure.adjustedBudget': () => 'full-year budget',
  'figure.executed': () => 'full-year execution',
  'figure.basicExpenditure': () => 'basic expenditure',
  'figure.projectExpenditure': () => 'project expenditure',
  'figure.fiscalAppropriation': () => 'fiscal appropriation income',
  'figure.otherIncome': () => 'other income',
  'figure.carryover': () => 'carryover and balance',

  'upload.multipartEvaluations': () => 'upload files as multipart/form-data (form field file, one or more)',
  'upload.multipartReports': () =>
    'upload report files as multipart/form-data (form field file, one or more)',
  'upload.tooManyFiles': (p) => `at most ${p.max} files can be checked at once; upload them in batches`,
  'upload.totalTooLarge': (p) => `the uploaded files exceed ${p.mb} MB in total; upload them in batches`,
  'upload.fileOverLimit': (p) => `file "${p.file}" is over ${p.mb} MB and was refused`,
  'upload.tooManyUploads': (p) => `at most ${p.max} files can be uploaded at once; upload them in batches`,
  'upload.noFile': () => 'no file received',
  'upload.fileTooLarge': (p) => `file "${p.file}" exceeds the upload size limit`,
  'upload.malformed': () => 'the upload is incomplete or not valid multipart/form-data; upload it again',
  'import.onlyUnits': () => 'self-evaluations can only be imported into a unit (budget unit)',
  'import.problems': (p) =>
    `the imported files have ${p.count} ${p.count === 1 ? 'problem' : 'problems'}; nothing was imported. Fix each one and import again`,
  'import.zipWithoutSheets': () => 'the zip archive holds no .xlsx / .json / .csv file',
  'import.notZip': () => 'cannot be opened as a .zip archive (it may be damaged)',
  'import.notWorkbook': () => 'cannot be opened as an Excel workbook (it may be damaged or too large)',
  'import.duplicateLine': (p) => `duplicates row ${p.first}: one row per unit and year`,
  'import.nothingFound': () => 'no self-evaluation sheet or budget sheet to import was found',
  'import.moreProblems': (p) => `${p.count} more problems not listed`,
  'import.rowsNotAllowed': (p) => `you may not write ${p.count} rows of this import; nothing was imported`,
  'import.mayNotWriteBudget': () => 'your role may not change the budget figures of this unit',
  'import.mayNotWriteEvaluation': () => 'your role may not import self-evaluations for this unit',
  'import.noUnitWithCode': (p) => `no unit with code "${p.code}" (or it is outside the scope of this import)`,
  'import.ambiguousUnit': (p) =>
    `${p.count} units are named "${p.name}"; add the unit code to tell them apart`,
  'import.noUnitNamed': (p) =>
    `no unit named "${p.name}" (or it is outside the scope of this import); create the unit first`,
  'import.noUnitCodeOrName': (p) =>
    `no unit with code "${p.code}" or named "${p.name}" (or it is outside the scope of this import); create the unit first`,
  'import.unitDiffers': (p) => `the sheet is for unit "${p.sheet}"; it is being imported into "${p.target}"`,
  'import.departmentDiffers': (p) =>
    `the sheet's supervising department is "${p.sheet}"; the unit imported into belongs to "${p.target}"`,
  'import.yearDiffers': (p) => `the sheet is for fiscal year ${p.sheet}; the import is for ${p.target}`,
  'import.confirmDifferences': (p) =>
    `the sheet differs from the unit or year it is imported into in ${p.count} ${p.count === 1 ? 'place' : 'places'}; confirm first, then import (nothing was imported)`,
  'import.unitNameEmpty': () => 'the unit name is empty',
  'import.badYear': (p) => `"${p.text}" is not a year between 2000 and 2100`,
  'import.badAmount': (p) => `"${p.text}" is not an amount (non-negative, at most two decimal places)`,

  'audit.legacyFormat': (p) =>
    `the legacy ${p.ext} format is not supported: save "${p.file}" as .docx or .xlsx in Word/WPS/Excel first`,
  'audit.unsupportedType': (p) =>
    `file type "${p.ext}" is not supported: .docx, .pdf, .txt and .md reports and .xlsx, .csv and .json sheets can be checked ("${p.file}")`,
  'audit.noExtension': () => 'no extension',
  'audit.truncated': (p) =>
    `cannot read file "${p.file}": it exceeds the upload size limit; check that it is the right file`,
  'audit.internal': (p) =>
    `cannot read file "${p.file}": an internal error occurred while reading; save it again and retry`,

  'start.listening': (p) => `jixiao is running: ${p.url}    API documentation: ${p.url}/api/docs`,
  'start.database': (p) => `database: ${p.database}`,
  'start.demo': (p) => `loaded ${p.count} demo self-evaluations (remove them: jixiao demo remove)`,
  'start.adminCreated': () =>
    'first start: a system administrator account was created (the password is shown only this once; change it at first login):',
  'start.username': (p) => `  user name: ${p.username}`,
  'start.password': (p) => `  password:  ${p.password}`,
  'start.adminFromEnv': (p) =>
    `created the system administrator account ${p.username} (password from JIXIAO_ADMIN_PASSWORD)`,
  'schema.badId': () => 'not a valid id',

  'job.gaveUp': (p) => `the job did not finish after ${p.attempts} attempts and was stopped`,
  'job.scopeGone': () => 'the organisation to import into no longer exists',
  'job.failed': () => 'the job failed; try again later, and contact the administrator if it persists',
  'job.workerDied': () => 'the process running this job stopped; please submit it again',
  'data.folderInUse': (p) =>
    `data folder "${p.dir}" is in use by another jixiao process (pid ${p.pid}); stop it first (the built-in database cannot be opened by two processes)`,
  'data.readUrlWithoutPrimary': () =>
    'DATABASE_READ_URL (a read replica) is set but DATABASE_URL (the primary) is not; a read replica works only beside a PostgreSQL primary',
  'demo.hasRealData': () =>
    'the demo organisations hold real data (organisations, evaluations, budgets or projects), so no demo data was deleted; move that data out of the demo organisations first',
  'heavy.busy': () => 'the server is busy; try again shortly',
  'heavy.tooComplex': () =>
    "the uploaded file is too complex: reading it went past the server's memory limit; check that it is not damaged, or split it and upload again",
  'heavy.timedOut': (p) =>
    `reading the uploaded file did not finish within ${p.seconds} s and was stopped; check that it is not damaged, or split it and upload again`,
  'input.controlChar': (p) =>
    `"${p.field}" contains an invisible control character (character ${p.position}); remove it and try again`,
  'input.controlCharIn': (p) => `the ${p.part} contains an invisible control character`,
  'field.name': () => 'name',
  'field.username': () => 'username',
  'field.password': () => 'password',
  'field.currentPassword': () => 'current password',
  'field.newPassword': () => 'new password',
  'field.displayName': () => 'display name',
  'field.text': () => 'text',
  'field.title': () => 'title',
  'quota.exceeded': (p) =>
    `this organisation stores ${p.used} MB; writing ${p.adding} MB more would exceed its ${p.quota} MB storage quota, so nothing was saved; delete drafts or import files no longer needed, or ask the administrator to raise the quota (JIXIAO_ORG_QUOTA_MB)`,

  'schema.date': () => 'write the date as year-month-day (e.g. 2026-03-31), a day the calendar has',
  'field.deadline.declaration': () => 'deadline for target declaration',
  'field.deadline.monitoring': () => 'deadline for monitoring',
  'field.deadline.selfEvaluation': () => 'deadline for self-evaluation',
  'field.deadline.review': () => 'deadline for review',
  'field.ruleSetId': () => 'rule set id',
  'entity.ruleSetAssignment': () => 'rule set assignment',
  'ruleSet.builtinId': (p) =>
    `"${p.id}" is the id of a built-in rule set and cannot be used for a custom one; give the file another id (lower-case letters, digits and hyphens)`,
  'ruleSet.versionExists': (p) =>
    `version "${p.version}" of rule set "${p.id}" was uploaded already; write a new version in the file and upload it again`,
  'ruleSet.regionOnly': (p) =>
    `"${p.name}" is not a region: a rule set is assigned to a root of the organisation tree (a finance bureau)`,
  'ruleSet.yearMissing': (p) =>
    `fiscal year ${p.year} does not exist yet; create it under "Years and deadlines" first`,
  'ruleSet.assignmentExists': (p) =>
    `the rule set assignment of this region for ${p.year} has changed; reload and try again`,
  'entity.declaration': () => 'target declaration',
  'declaration.onlyUnits': () => 'a target declaration can only be made under a unit (budget unit)',
  'declaration.notEditable': (p) => `the declaration is "${p.status}" and cannot be changed`,
  'declaration.notDeletable': (p) => `the declaration is "${p.status}"; only drafts can be deleted`,
  'declaration.errorsBlockSubmit': (p) =>
    `the targets still have ${p.count} errors; correct them before submitting`,
  'declaration.checklistRequired': () =>
    'fill in every review point (completeness, relevance, appropriateness, feasibility) before approving',
  'declaration.checklistNotPassed': (p) =>
    `the review points "${p.dimensions}" did not pass, so the declaration cannot be approved; return it with a reason`,
  'declaration.adjustOnlyApproved': () => 'only an approved declaration can have its targets adjusted',
  'declaration.adjustOnlyTargets': () =>
    'while targets are being adjusted only the adjusted targets and their reasons may change; the rest is approved and locked',
  'declaration.evaluationOnlyApproved': () => 'only an approved declaration can start a self-evaluation',
  'declaration.evaluationExists': () => 'a self-evaluation was generated from this declaration already',
  'declaration.dimension.completeness': () => 'completeness',
  'declaration.dimension.relevance': () => 'relevance',
  'declaration.dimension.appropriateness': () => 'appropriateness',
  'declaration.dimension.feasibility': () => 'feasibility',
  'label.checklist': () => 'review points',
  'declaration.wrongStatus': (p) => `the declaration is "${p.status}"; you cannot ${p.action} it`,
  'declaration.notYourTurn': (p) =>
    `the declaration is "${p.status}"; it is now for the ${p.role} to act, review goes step by step`,
  'label.adjustments': () => 'adjusted targets',
  'entity.libraryEntry': () => 'indicator-library entry',
  'library.idTaken': (p) => `id "${p.id}" is already used by another entry of the indicator library`,
  'library.idFixed': () =>
    'the id cannot change: declarations refer to entries by id; add a new entry for another id',
  'library.changedMeanwhile': (p) =>
    `entry "${p.id}" was changed by someone else during the import; nothing was imported: preview again, then import`,
  'library.notXlsx': (p) =>
    `file "${p.file}" is not an .xlsx workbook; the indicator library is imported from .xlsx only`,
  // monitoring reports (双监控, issue 13)
  'entity.monitoring': () => 'monitoring report',
  'monitoring.onlyUnits': () => 'a monitoring report can only be created under a unit (budget unit)',
  'monitoring.notEditable': (p) =>
    `the monitoring report is ${p.status}; only a draft or a returned report can be changed`,
  'monitoring.notDeletable': (p) =>
    `the monitoring report is ${p.status}; only a draft or a returned report can be deleted`,
  'monitoring.wrongStatus': (p) => `the monitoring report is ${p.status}, so you cannot ${p.action}`,
  'monitoring.notYourTurn': (p) =>
    `the monitoring report is ${p.status}; it is now for the ${p.role} to act, step by step`,
  'action.followUp': () => 'record a follow-up',
  'monitoring.noSecondRound': () => "this region's rule set for the year has no second monitoring round",
  'monitoring.secondRoundOfSecond': () => 'a second-round report cannot open another round',
  'monitoring.secondRoundExists': () => 'the second round of this report is open already',
  'monitoring.notFocus': () => 'only a project on the focus list gets a second round',
  'monitoring.sheet': () => 'Monitoring overview',
  'monitoring.col.organisation': () => 'Unit',
  'monitoring.col.department': () => 'Department',
  'monitoring.col.title': () => 'Project',
  'monitoring.col.status': () => 'Status',
  'monitoring.col.executionProgress': () => 'Execution progress (%)',
  'monitoring.col.timeProgress': () => 'Time progress (%)',
  'monitoring.col.red': () => 'Red',
  'monitoring.col.yellow': () => 'Yellow',
  'monitoring.col.green': () => 'Green',
  'monitoring.col.blue': () => 'Blue',
  'monitoring.col.focus': () => 'Focus',
  'monitoring.yes': () => 'yes',
  'monitoring.no': () => 'no',
  // monitoring started from a declaration (targets-glue, issue 13)
  'monitoring.declarationNotOfUnit': () =>
    "this unit has no such target declaration; monitoring starts from one of the unit's own declarations",
  'monitoring.declarationNotApproved': () => 'monitoring can only start from an approved target declaration',
  'monitoring.declarationReportExists': (p: { month: number }) =>
    `the monitoring report of this declaration for January to month ${p.month} already exists`,
  // publication (publications/, issue 14 §4–5)
  'entity.publication': () => 'publication',
  'publication.notApproved': (p) =>
    `the ${p.what} is ${p.status}; only an approved (final) one can be published`,
  'publication.alreadyPublished': () =>
    'this item is already published; withdraw it first to publish it again',
  'publication.alreadyWithdrawn': () => 'this publication has already been withdrawn',
  'publication.reasonRequired': () => 'a withdrawal needs a reason',
  'publication.publisherFinance': () =>
    'under the local rule the finance bureau publishes; a department cannot publish',
  'publication.publisherDepartment': () =>
    'under the local rule the department publishes; the finance bureau cannot publish',
  'publication.noFile': (p) => `this publication has no ${p.file}`,
  'publication.file.pdf': () => 'report PDF',
  'publication.file.xlsx': () => '.xlsx table',
  'publication.unscored': () => 'not scored',
  // results application (issue 14)
  'results.notApproved': (p) =>
    `the evaluation is "${p.status}"; only approved evaluations have a results-application entry`,
  'results.publishWhere': () =>
    'name the organisation whose results-application list to publish (organisationId)',
  'results.nothingToPublish': (p) =>
    `no evaluation of ${p.year} is approved yet, so there is no results-application list to publish`,
  'results.publicationTitle': (p) => `results-application list of the ${p.year} self-evaluations`,
  'results.cutBeyondBudget': (p) =>
    `a cut of ${p.change} (10,000 yuan) exceeds the full-year budget of ${p.budget} (10,000 yuan)`,
  'schema.resultReason': () => 'give the reason for the change (1–500 characters)',
  'schema.resultChange': () =>
    'write the change as a number with at most two decimals (10,000 yuan, a cut negative), e.g. "-12.00"',
  'results.sheet': () => 'Use of results',
  'results.col.department': () => 'Department',
  'results.col.unit': () => 'Unit',
  'results.col.title': () => 'Project (unit name for whole-unit)',
  'results.col.kind': () => 'Kind',
  'results.col.score': () => 'Score',
  'results.col.grade': () => 'Grade',
  'results.col.budget': () => 'Full-year budget (10,000 yuan)',
  'results.col.suggestion': () => 'Suggestion',
  'results.col.percent': () => 'Change (%)',
  'results.col.change': () => 'Suggested change (10,000 yuan)',
  'results.col.rule': () => 'Rule',
  'results.col.reason': () => 'Reason',
  'results.subtotal': () => 'Subtotal',
  'results.total': () => 'Total',
  'results.noDepartment': () => '(units directly under the bureau)',
  'results.kind.project': () => 'project',
  'results.kind.unitWide': () => 'whole unit',
  // rectification ledger (整改台账, issue 14)
  'entity.rectification': () => 'rectification item',
  'rectification.onlyUnits': () =>
    'the unit responsible for a rectification item must be a unit (budget unit)',
  'rectification.notEditable': (p) =>
    `the rectification item is ${p.status}; a closed-out item cannot be changed`,
  'rectification.wrongStatus': (p) =>
    `the rectification item is ${p.status}; it cannot be given "${p.action}"`,
  'rectification.needsReason': (p) => `"${p.action}" needs a reason`,
  'rectification.writeReport': () => 'write what was done and with what result',
  'rectification.writeReturnReason': () => 'write why it is sent back (what remains to be done)',
  'rectification.noSuchFinding': (p) =>
    `the evaluation's checks find nothing with the code "${p.code}" at that place`,
  'rectification.noReturn': () => 'the evaluation was never returned; there is no return to record',
  'rectification.noSuchTrigger': (p) => `the monitoring result has no 重点监控 trigger "${p.code}"`,
  'rectification.sourceExists': () => 'this problem is already in the ledger; it is not entered twice',
  'status.pending': () => 'to rectify',
  'status.inProgress': () => 'rectification in progress',
  'status.reported': () => 'awaiting close-out',
  'status.closed': () => 'closed out',
  'action.start': () => 'start rectifying',
  'action.report': () => 'report what was done',
  'action.close': () => 'close out',
  'label.rectificationReport': () => 'what was done',
  'label.measure': () => 'required measure',
  'label.problem': () => 'problem',
  'label.findingCode': () => 'finding code',
  'label.triggerCode': () => 'monitoring trigger',
  // evidence (佐证材料, issue 14 §3)
  'entity.evidence': () => 'evidence file',
  'evidence.badType': (p) =>
    `file "${p.file}" is of a type evidence does not take: only PDF, PNG, JPEG images, Word (.docx) and Excel (.xlsx) files`,
  'evidence.contentMismatch': (p) =>
    `the content of file "${p.file}" does not match its extension .${p.extension} (it is${p.found}); nothing was uploaded: upload a real .${p.extension} file or correct the extension`,
  'evidence.found.pdf': () => ' a PDF file',
  'evidence.found.png': () => ' a PNG image',
  'evidence.found.jpeg': () => ' a JPEG image',
  'evidence.found.docx': () => ' a Word (.docx) document',
  'evidence.found.xlsx': () => ' an Excel (.xlsx) workbook',
  'evidence.found.zip': () => ' a zip archive without Word or Excel content',
  'evidence.found.unknown': () => ' unrecognised data',
  'evidence.empty': (p) => `file "${p.file}" is empty; nothing was uploaded`,
  'evidence.tooMany': (p) =>
    `${p.place} already has ${p.max} evidence files, the limit; nothing was uploaded: delete files no longer needed first`,
  'evidence.evaluationTotal': (p) =>
    `the evidence of one self-evaluation may not exceed ${p.mb} MB in total (${p.used} MB used); nothing was uploaded`,
  'evidence.badPath': (p) =>
    `there is no place "${p.path}" for evidence: write indicators.N (an indicator row, from 0) or funds.total / funds.fiscalAppropriation / funds.priorYearCarryover / funds.otherFunds (a funds row)`,
  'evidence.notEditable': (p) =>
    `the self-evaluation is "${p.status}"; evidence can only be uploaded or deleted while it is a draft or returned`,
  'evidence.ownerLocked': () =>
    'this item cannot be changed now, so its evidence cannot be uploaded or deleted',
  'evidence.place.indicator': (p) => `indicator row ${p.n} "${p.name}"`,
  'evidence.place.funds': (p) => `funds row "${p.label}"`,
  'evidence.place.rectification': () => 'this rectification item',
  'evidence.folder': () => 'evidence',
} satisfies Mirror<typeof zh>;
