export { loadCaseView, storedPageFeedback, documentView } from './load-case-view.ts';
export { quickFeedback, fullFeedback, pendingFeedback, needsMarks, BADGES, type PageFeedback, type BadgeState, type Badge } from './page-feedback.ts';
export { createQuickCache, type QuickCache } from './quick-cache.ts';
export { materialsChecklist, uploadSlots, type ChecklistItem, type UploadSlot } from './checklist.ts';
