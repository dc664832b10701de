import { Alert, Center, Loader } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { ME_QUERY, MeContext } from "./lib/me";
import { session } from "./lib/session";
import { LoginPage } from "./screens/LoginPage";
import { Shell } from "./screens/Shell";

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
  const [{ data, fetching, error }] = useQuery({ query: ME_QUERY });
  if (fetching) {
    return (
      <Center h="100vh">
        <Loader aria-label="Đang tải" />
      </Center>
    );
  }
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
  return (
    <MeContext.Provider value={data.me}>
      <Shell onSignedOut={onSignedOut} />
    </MeContext.Provider>
  );
}
