import Link from '@mui/material/Link';
import { Link as RouterLink } from '@/lib/navigation/router';
import { paths } from '@/lib/paths';

interface ExperimentNameLinksProps {
  experiments: { id: number; name: string }[];
  /** How many there are in all, when only the first few were fetched: "and N more". */
  total?: number;
}

/** “A”, “B” and 2 more: quoted names, each a link to its page, for sentences about other experiments. */
export function ExperimentNameLinks({
  experiments,
  total = experiments.length,
}: ExperimentNameLinksProps) {
  const more = total - experiments.length;
  return (
    <>
      {experiments.map((other, i) => (
        <span key={other.id}>
          {i > 0 && ', '}“
          <Link component={RouterLink} to={paths.experiment.getHref(other.id)}>
            {other.name}
          </Link>
          ”
        </span>
      ))}
      {more > 0 && ` and ${more} more`}
    </>
  );
}
