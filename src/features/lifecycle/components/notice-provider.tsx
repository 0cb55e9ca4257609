// The app mounts the one NoticeProvider (src/app/provider.tsx); tests that render a dialog alone use this.
export { NoticeProvider } from '@/lib/notice/notice-provider';
