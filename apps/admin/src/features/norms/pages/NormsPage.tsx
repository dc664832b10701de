import { Stack, Text, Title } from "@mantine/core";
import { useT } from "../../../lib/i18n";
import { NormsTable } from "../components/NormsTable";
import { SupportCalculator } from "../components/SupportCalculator";

/**
 * The support norms every role reads: the calculator an officer uses while drafting, then the table of
 * every version with its validity, legal citation and how far it was verified.
 */
export function NormsPage() {
  const t = useT();
  return (
    <Stack>
      <Title order={2}>{t("Định mức hỗ trợ", "Support norms")}</Title>
      <Text c="dimmed" size="sm">
        {t(
          "Mức hỗ trợ tối đa = thấp nhất của (tỷ lệ × chi phí hợp lệ), mức trần và chi phí; làm tròn xuống đến đồng. Đề án được xét theo định mức có hiệu lực vào ngày của đề án.",
          "Maximum support = the lowest of (rate × eligible cost), the cap and the cost, rounded down to the đồng. A đề án is judged by the norm in force on its date.",
        )}
      </Text>
      <SupportCalculator />
      <Title order={3}>{t("Bảng định mức", "Norms table")}</Title>
      <NormsTable />
    </Stack>
  );
}
