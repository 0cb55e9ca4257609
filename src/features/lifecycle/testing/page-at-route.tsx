import { useState } from 'react';
import { useParams } from '@/lib/navigation/router-hooks';
import { ExperimentLifecyclePage } from '../components/experiment-lifecycle-page';
import type { RequestedTab } from '../utils/experiment-tab';

/** What the app's route does, in small: the id from the URL and the tab in state (`?action=` stays in the URL). */
export function PageAtRoute() {
  const id = Number(useParams().id);
  const [tab, setTab] = useState<RequestedTab>('overview');
  return (
    <ExperimentLifecyclePage
      id={id}
      notFound={<h1>Page not found</h1>}
      tab={tab}
      onTabChange={setTab}
    />
  );
}
