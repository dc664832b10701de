import type { MigrationInterface } from "typeorm";
import { Money1795876987900 } from "./1795876987900-Money.js";
import { FacilitiesAndProjects1795875704313 } from "./1795875704313-FacilitiesAndProjects.js";
import { Init1795875195565 } from "./1795875195565-Init.js";
import { AnnualPlans1795875774579 } from "./1795875774579-AnnualPlans.js";
import { ProjectDocuments1795877164179 } from "./1795877164179-ProjectDocuments.js";
import { ApiTokens1795878481911 } from "./1795878481911-ApiTokens.js";
import { ForeignKeyIndexes1795886672943 } from "./1795886672943-ForeignKeyIndexes.js";
import { FacilityTaxCodeUnique1795887696351 } from "./1795887696351-FacilityTaxCodeUnique.js";
import { SignInHardening1795890000000 } from "./1795890000000-SignInHardening.js";
import { MoneyFigures1795900000001 } from "./1795900000001-MoneyFigures.js";
import { FacilitySupport1795900000002 } from "./1795900000002-FacilitySupport.js";
import { ListIndexesAndSearch1795910000001 } from "./1795910000001-ListIndexesAndSearch.js";
import { ProgressFigures1795910000002 } from "./1795910000002-ProgressFigures.js";
import { FacilityFilterIndexes1795910000003 } from "./1795910000003-FacilityFilterIndexes.js";
import { SupportedCounts1796000000001 } from "./1796000000001-SupportedCounts.js";
import { RowLevelSecurity1796100000001 } from "./1796100000001-RowLevelSecurity.js";
import { CommuneReports1796400000001 } from "./1796400000001-CommuneReports.js";
import { CommuneReportScope1796400000002 } from "./1796400000002-CommuneReportScope.js";
import { Notifications1796400000003 } from "./1796400000003-Notifications.js";
import { DutyReminders1796400000004 } from "./1796400000004-DutyReminders.js";
import { CityWidePlannedFigures1796500000001 } from "./1796500000001-CityWidePlannedFigures.js";

/**
 * Every migration, oldest first, listed explicitly (no globs). `pnpm --filter @khuyencong/api
 * migration:generate Name` writes a new file next to this one; import it and append it here.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Init1795875195565,
  FacilitiesAndProjects1795875704313,
  AnnualPlans1795875774579,
  Money1795876987900,
  ProjectDocuments1795877164179,
  ApiTokens1795878481911,
  ForeignKeyIndexes1795886672943,
  FacilityTaxCodeUnique1795887696351,
  SignInHardening1795890000000,
  MoneyFigures1795900000001,
  FacilitySupport1795900000002,
  ListIndexesAndSearch1795910000001,
  ProgressFigures1795910000002,
  FacilityFilterIndexes1795910000003,
  SupportedCounts1796000000001,
  RowLevelSecurity1796100000001,
  CommuneReports1796400000001,
  CommuneReportScope1796400000002,
  Notifications1796400000003,
  DutyReminders1796400000004,
  CityWidePlannedFigures1796500000001,
];
