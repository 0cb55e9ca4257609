import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useNavigate } from '@/lib/navigation/router-hooks';
import { errorMessage } from '@/lib/api-error';
import { paths } from '@/lib/paths';
import { useConsoleConfig } from '@/lib/session/console-config';
import { useProjects, useSwitchProject } from '@/lib/session/projects';

/** In PostHog mode, when the key sees several projects: pick which one the console works on. */
export function ProjectSwitcher() {
  const { data: config } = useConsoleConfig();
  const posthog = config?.mode === 'posthog';
  const { data: projects } = useProjects(posthog);
  const switchProject = useSwitchProject();
  const navigate = useNavigate();
  if (!posthog || !config || (projects?.results.length ?? 0) < 2) return null;

  return (
    <TextField
      select
      size="small"
      label="Project"
      value={config.project.id}
      disabled={switchProject.isPending}
      error={switchProject.isError}
      helperText={switchProject.isError ? errorMessage(switchProject.error) : undefined}
      onChange={(event) =>
        switchProject.mutate(Number(event.target.value), {
          // The open experiment belongs to the old project: start again from the list.
          onSuccess: () => void navigate(paths.experiments.getHref()),
        })
      }
      sx={{ minWidth: 180 }}
    >
      {projects?.results.map((project) => (
        <MenuItem key={project.id} value={project.id}>
          {project.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
