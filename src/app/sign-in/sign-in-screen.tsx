import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { SignInInfo, SignInRequest } from '@/shared';
import { apiFetch } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { apiPaths } from '@/lib/api-paths';
import { currentUserQueryOptions, getCurrentUser } from '@/lib/session/current-user';
import { noteSignedIn, type SignedOut } from '@/lib/session/signed-out';
import { forgetAllDrafts } from '@/features/editor/draft/draft-keys';
import { SignInHelp } from './sign-in-help';

/**
 * The sign-in screen, over the page the person was on: their personal API key goes to the server once, which
 * keeps it and answers with a session cookie. Then every query is refetched as them, and they carry on.
 */
export function SignInScreen({ signedOut }: { signedOut: SignedOut }) {
  const queryClient = useQueryClient();
  const titleId = useId();
  const [key, setKey] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const info = useQuery({
    queryKey: ['sign-in-info'],
    queryFn: ({ signal }) => apiFetch(apiPaths.signIn(), { schema: SignInInfo, signal }),
  });
  const signIn = useMutation({
    mutationFn: (body: SignInRequest) => apiFetch(apiPaths.signIn(), { method: 'POST', body }),
    onSuccess: async () => {
      setKey('');
      // Someone else than before (the previous person's session expired on a shared screen): their page
      // and unsaved forms are not this person's to see. The same person carries on where they were.
      const before = queryClient.getQueryData(currentUserQueryOptions().queryKey);
      if (before && (await getCurrentUser()).email !== before.email) {
        forgetAllDrafts();
        window.location.reload();
        return;
      }
      noteSignedIn();
      // Everything on screen was read as nobody (or as someone else): read it again as this person.
      queryClient.removeQueries({ queryKey: ['sign-in-info'] });
      await queryClient.invalidateQueries();
    },
    onError: (error) => {
      if (isApiError(error) && error.attr === 'personal_api_key') setFieldError(error.detail);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = SignInRequest.safeParse({ personal_api_key: key });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? 'Paste your personal API key.');
      return;
    }
    setFieldError(null);
    signIn.mutate(parsed.data);
  };
  const formError =
    signIn.error && !(isApiError(signIn.error) && signIn.error.attr === 'personal_api_key')
      ? signIn.error.message
      : null;

  return (
    <Dialog fullScreen open aria-labelledby={titleId}>
      <Box
        sx={{
          minHeight: '100%',
          display: 'grid',
          placeItems: 'center',
          p: 2,
          bgcolor: 'background.default',
        }}
      >
        <Paper variant="outlined" sx={{ width: '100%', maxWidth: 480, p: { xs: 3, sm: 4 } }}>
          <Stack component="form" spacing={2.5} onSubmit={submit} noValidate>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <ScienceOutlined color="primary" aria-hidden />
              <Typography sx={{ fontWeight: 700 }}>Experiment Console</Typography>
            </Stack>
            <Typography id={titleId} variant="h5" component="h1">
              Sign in
            </Typography>
            <Alert severity={signedOut.severity} role="status">
              {signedOut.reason}
            </Alert>
            <TextField
              label="Personal API key"
              type="password"
              value={key}
              onChange={(event) => {
                setKey(event.target.value);
                setFieldError(null);
              }}
              error={fieldError !== null}
              helperText={
                fieldError ?? 'Kept on the server only: this browser gets a session cookie.'
              }
              autoComplete="off"
              spellCheck={false}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the screen exists to take this one field
              autoFocus
              fullWidth
            />
            {formError && (
              <Alert severity="error" role="alert">
                {formError}
              </Alert>
            )}
            <Button type="submit" variant="contained" size="large" loading={signIn.isPending}>
              Sign in
            </Button>
            <SignInHelp info={info.data} />
          </Stack>
        </Paper>
      </Box>
    </Dialog>
  );
}
