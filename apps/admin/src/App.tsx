import { Alert, Center, Loader } from "@mantine/core";
import { lazy, Suspense, useState } from "react";
import { useQuery } from "urql";
import { ME_QUERY, MeContext } from "./lib/me";
import { session } from "./lib/session";
import { LoginPage } from "./features/auth/pages/LoginPage";
import { Shell } from "./Shell";

/** Loaded only when a password must be changed: it brings the password rule (zxcvbn) with it. */
const ChangePasswordPage = lazy(() =>
  import("./features/auth/pages/ChangePasswordPage").then((m) => ({ default: m.ChangePasswordPage })),
);

/** Signed out: the login page. Signed in: the shell with the screens the user's role may use. */
export function App() {
  const [signedIn, setSignedIn] = useState(() => session.token() !== null);
  if (!signedIn) return <LoginPage onSignedIn={() => setSignedIn(true)} />;
  return (
    <SignedIn
      onSignedOut={() => {
        session.clear();
        setSignedIn(false);
      }}
    />
  );
}

function SignedIn({ onSignedOut }: { onSignedOut: () => void }) {
  const [{ data, fetching, error }, refetchMe] = useQuery({ query: ME_QUERY });
  const loading = (
    <Center h="100vh">
      <Loader aria-label="Đang tải" />
    </Center>
  );
  if (fetching) return loading;
  if (error || !data) {
    // An expired or revoked session: back to the login page.
    if (error?.graphQLErrors?.[0]?.extensions?.code === "UNAUTHENTICATED") {
      onSignedOut();
      return null;
    }
    return (
      <Alert color="red" m="xl" title="Không tải được thông tin người dùng">
        {error?.message ?? ""}
      </Alert>
    );
  }
  // A password somebody else knows (set by an administrator, or generated): changed before anything else.
  if (data.me.mustChangePassword) {
    return (
      <Suspense fallback={loading}>
        <ChangePasswordPage
          me={data.me}
          onChanged={() => refetchMe({ requestPolicy: "network-only" })}
          onSignOut={onSignedOut}
        />
      </Suspense>
    );
  }
  return (
    <MeContext.Provider value={data.me}>
      <Shell onSignedOut={onSignedOut} />
    </MeContext.Provider>
  );
}
