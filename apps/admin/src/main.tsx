import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  MantineProvider,
  parseThemeColor,
  type VariantColorsResolver,
} from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "urql";
import { App } from "./App";
import { AppDatesProvider } from "./ui/DateField";
import { createClient } from "./lib/client";
import { LangProvider } from "./lib/i18n";

// WCAG AA contrast (4.5:1 for text), checked by axe in the browser tests: Mantine's defaults (blue 6 under
// white text, gray 6 for secondary text, orange or green text on their pale tint) fall short. Filled
// colours use shade 8 with black or white text by luminance; pale ("light") badges and buttons keep their
// tint with dark text; outlined ones use shade 9; secondary text is a darker gray.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return colors;
  if (input.variant === "light") return { ...colors, color: "var(--mantine-color-black)" };
  if (input.variant === "outline") {
    const dark = `var(--mantine-color-${parsed.color}-9)`;
    return { ...colors, color: dark, border: `1px solid ${dark}` };
  }
  return colors;
};

const theme = createTheme({
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.2,
  variantColorResolver,
  defaultRadius: "sm",
  fontFamily: "system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
});

const contrast: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "#5c636a" },
  dark: {},
});

const root = document.getElementById("root");
if (!root) throw new Error("#root missing");
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <LangProvider>
        <AppDatesProvider>
          <Provider value={createClient()}>
            <App />
          </Provider>
        </AppDatesProvider>
      </LangProvider>
    </MantineProvider>
  </StrictMode>,
);
