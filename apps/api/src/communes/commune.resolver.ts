import type { CommuneKind } from "@khuyencong/domain";
import { Arg, Authorized, Ctx as Context, Query, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import { CommuneKindEnum } from "../graphql/enums.js";
import { Commune } from "./commune.entity.js";
import * as communeService from "./commune.service.js";

/** Reference data: every signed-in role may read it. */
@Authorized()
@Resolver(() => Commune)
export class CommuneResolver {
  @Query(() => [Commune], {
    description:
      "Hải Phòng's 114 commune-level units, by kind then name; filter by kind or by a part of the name (accents optional).",
  })
  communes(
    @Arg("kind", () => CommuneKindEnum, { nullable: true, description: "Only this kind." })
    kind: CommuneKind | null,
    @Arg("search", () => String, {
      nullable: true,
      description: "Part of the name, with or without accents.",
    })
    search: string | null,
    @Context() ctx: Ctx,
  ): Promise<Commune[]> {
    return communeService.listCommunes(ctx, { kind, search });
  }

  @Query(() => Commune, { description: "One commune by code." })
  commune(
    @Arg("code", () => String, { description: "Commune code, e.g. `xa-an-hung`." }) code: string,
    @Context() ctx: Ctx,
  ) {
    return communeService.getCommune(ctx, code);
  }
}
