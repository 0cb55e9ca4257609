import { useState } from 'react';
import { useParams } from 'react-router';
import { ExperimentLifecyclePage } from '../components/experiment-lifecycle-page';
import type { RequestedTab } from '../utils/experiment-tab';

/** What the app's route does, in small: the id from the URL, the tab and the conclude request in state. */
export function PageAtRoute({ concludeRequested }: { concludeRequested: boolean }) {
  const id = Number(useParams().id);
  const [tab, setTab] = useState<RequestedTab>('overview');
  const [conclude, setConclude] = useState(concludeRequested);
  return (
    <ExperimentLifecyclePage
      id={id}
      notFound={<h1>Page not found</h1>}
      tab={tab}
      onTabChange={setTab}
      concludeRequested={conclude}
      onConcludeHandled={() => setConclude(false)}
    />
  );
}
