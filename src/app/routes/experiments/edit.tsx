import { Navigate, useParams } from 'react-router';
import { paths } from '@/lib/paths';

/** Placeholder until the editor lands: editing happens on /experiments/:id/edit. */
export function EditExperimentRoute() {
  const { id = '' } = useParams();
  return <Navigate to={paths.experiment.getHref(id)} replace />;
}
