// The notice is app-wide now (src/lib/notice); this path stays so the lifecycle dialogs need no change.
export { NoticeContext, useNotify, type Notice, type Notify } from '@/lib/notice/notice-context';
