import { Accordion, Text } from "@mantine/core";
import { useQuery } from "urql";
import { useT } from "../../../lib/i18n";
import { communesWithoutRegistration } from "../plans";
import { PLAN_REGISTRANTS_QUERY } from "../graphql/documents";

/** For the department: the communes that have registered nothing yet, to chase before consolidating. */
export function NotRegistered({
  registrations,
}: {
  registrations: readonly { communeCode?: string | null }[];
}) {
  const t = useT();
  const [{ data }] = useQuery({ query: PLAN_REGISTRANTS_QUERY });
  if (!data) return null;
  const missing = communesWithoutRegistration(data.communes, registrations);
  if (missing.length === 0) return null;
  return (
    <Accordion variant="contained">
      <Accordion.Item value="not-registered">
        <Accordion.Control>
          {t(
            `${missing.length}/${data.communes.length} xã, phường, đặc khu chưa đăng ký`,
            `${missing.length} of ${data.communes.length} communes have not registered`,
          )}
        </Accordion.Control>
        <Accordion.Panel>
          <Text size="sm">{missing.map((c) => c.displayName).join(", ")}</Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
