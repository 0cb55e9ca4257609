import { useCallback, useState } from 'react';

/**
 * A question the save flow waits on (a dialog): `ask` resolves when the person answers, so the flow reads
 * top to bottom. `question` is what the dialog shows; null when nothing is asked.
 */
export function usePendingQuestion<Q, A>() {
  const [pending, setPending] = useState<{ question: Q; answer: (a: A) => void } | null>(null);
  const ask = useCallback(
    (question: Q) =>
      new Promise<A>((resolve) => {
        setPending({
          question,
          answer: (a) => {
            setPending(null);
            resolve(a);
          },
        });
      }),
    [],
  );
  return { question: pending?.question ?? null, answer: pending?.answer ?? null, ask };
}
