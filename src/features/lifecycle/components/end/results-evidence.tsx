import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { DifferenceType } from '@/shared';
import { MetricResultList } from '../conclusion/metric-result-list';
import type { ConclusionEvidence } from './use-conclusion-suggestion';
import { SuggestionNotice, type Preselected } from './suggestion-notice';

interface ResultsEvidenceProps {
  evidence: ConclusionEvidence;
  preselected: Preselected;
  differenceType: DifferenceType;
}

/**
 * What the data says before the PM decides: each primary metric's result, then the suggested conclusion with
 * its reason. Everything else in the dialog works while this loads or when it fails.
 */
export function ResultsEvidence({ evidence, preselected, differenceType }: ResultsEvidenceProps) {
  const headingId = useId();
  const { results, settled, failed, suggestion } = evidence;
  const retry = () => failed.forEach(({ query }) => void query.refetch());
  return (
    <Stack component="section" aria-labelledby={headingId} spacing={1}>
      <Typography id={headingId} variant="subtitle2" component="h3" sx={{ fontWeight: 600 }}>
        Primary metric results
      </Typography>
      {results.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          This experiment has no primary metric, so there are no results to suggest a conclusion
          from. Choose one from what you know.
        </Typography>
      ) : (
        <MetricResultList
          results={results}
          label="Primary metric results"
          differenceType={differenceType}
        />
      )}
      {settled && failed.length > 0 && (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" size="small" onClick={retry}>
              Retry
            </Button>
          }
        >
          {failed.length === results.length
            ? 'The results could not be loaded, so there is no suggestion. You can still end the experiment with the conclusion you choose.'
            : `The suggestion leaves out ${failed.map(({ item }) => item.name).join(', ')}, whose results could not be loaded.`}
        </Alert>
      )}
      {suggestion && <SuggestionNotice suggestion={suggestion} preselected={preselected} />}
    </Stack>
  );
}
