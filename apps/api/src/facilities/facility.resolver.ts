import {
  Args,
  Authorized,
  Ctx as Context,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Commune } from "../communes/commune.entity.js";
import { getCommune } from "../communes/commune.service.js";
import type { Ctx } from "../context.js";
import {
  CreateFacilityArgs,
  EligibilityArgs,
  FacilityConnection,
  FacilityIdArgs,
  FacilityListArgs,
  UpdateFacilityArgs,
} from "./facility.args.js";
import { Facility } from "./facility.entity.js";
import * as facilityService from "./facility.service.js";
import { EligibilityAnswer } from "./eligibility.types.js";
import * as importService from "./facility-import.service.js";
import { priorSupportsOf, projectsOf } from "./facility-relations.js";
import { PriorSupport } from "../money/prior-support.entity.js";
import { Project } from "../projects/project.entity.js";
import {
  FacilityImportResult,
  FacilityImportTemplate,
  ImportFacilitiesArgs,
} from "./facility-import.types.js";
import { pageComplexity } from "../graphql/limits.js";
import { Allow } from "../graphql/auth-checker.js";

/** Reads are scoped in the service: a commune officer sees their commune's facilities, a unit its own. */
@Authorized()
@Resolver(() => Facility)
export class FacilityResolver {
  @Query(() => FacilityConnection, {
    complexity: pageComplexity,
    description:
      "Facilities the user may see, by name; filters by commune, sector, legal form and a search text.",
  })
  facilities(@Args() args: FacilityListArgs, @Context() ctx: Ctx): Promise<FacilityConnection> {
    return facilityService.listFacilities(ctx, args);
  }

  @Query(() => Facility, { description: "One facility; NOT_FOUND when it is outside the user's scope." })
  facility(@Args() { id }: FacilityIdArgs, @Context() ctx: Ctx): Promise<Facility> {
    return facilityService.getFacility(ctx, id);
  }

  @Allow("WriteFacilities")
  @Mutation(() => Facility, {
    description:
      "Registers a facility. The department anywhere; a commune officer in their commune; an implementing unit anywhere.",
  })
  createFacility(@Args() { input }: CreateFacilityArgs, @Context() ctx: Ctx): Promise<Facility> {
    return facilityService.createFacility(ctx, input);
  }

  @Allow("WriteFacilities")
  @Mutation(() => Facility, {
    description:
      "Replaces a facility's data; STALE_VERSION if `version` is not current. Within the user's scope.",
  })
  updateFacility(@Args() args: UpdateFacilityArgs, @Context() ctx: Ctx): Promise<Facility> {
    return facilityService.updateFacility(ctx, args);
  }

  @Allow("ImportFacilities")
  @Mutation(() => FacilityImportResult, {
    description:
      "Checks (dryRun: true, saves nothing) or imports facilities from an .xlsx file in the template's columns. The import is all or nothing: BAD_USER_INPUT and nothing saved if any row is wrong. Same roles and scope as createFacility.",
  })
  importFacilities(@Args() args: ImportFacilitiesArgs, @Context() ctx: Ctx): Promise<FacilityImportResult> {
    return importService.importFacilities(ctx, args);
  }

  @Allow("ImportFacilities")
  @Query(() => FacilityImportTemplate, {
    description:
      "The .xlsx template for importFacilities: Vietnamese headers, one example row, the allowed values.",
  })
  facilityImportTemplate(): Promise<FacilityImportTemplate> {
    return importService.importTemplate();
  }

  @FieldResolver(() => Commune, { description: "The commune where the facility produces." })
  productionCommune(@Root() facility: Facility, @Context() ctx: Ctx): Promise<Commune> {
    return getCommune(ctx, facility.productionCommuneCode);
  }

  @FieldResolver(() => [PriorSupport], {
    description: "Support received from other recorded sources (recordPriorSupport), newest first.",
  })
  priorSupports(@Root() facility: Facility, @Context() ctx: Ctx): Promise<PriorSupport[]> {
    return priorSupportsOf(ctx, facility.id);
  }

  @FieldResolver(() => [Project], {
    description: "The đề án the facility is a beneficiary of, among those the user may read; newest first.",
  })
  projects(@Root() facility: Facility, @Context() ctx: Ctx): Promise<Project[]> {
    return projectsOf(ctx, facility.id);
  }

  @FieldResolver(() => EligibilityAnswer, {
    description:
      "Whether the facility may benefit from an activity on a date, criterion by criterion with citations.",
  })
  async eligibility(
    @Root() facility: Facility,
    @Args() args: EligibilityArgs,
    @Context() ctx: Ctx,
  ): Promise<EligibilityAnswer> {
    return EligibilityAnswer.from(
      await facilityService.facilityEligibility(ctx, facility, args.activityKind, args.date),
    );
  }
}
