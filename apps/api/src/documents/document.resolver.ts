import { Args, Ctx as Context, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Ctx } from "../context.js";
import { Project } from "../projects/project.entity.js";
import { User } from "../users/user.entity.js";
import { DocumentIdArgs } from "./document.args.js";
import * as documentService from "./document.service.js";
import { ProjectDocument } from "./project-document.entity.js";
import { Allow } from "../graphql/auth-checker.js";

/**
 * `Project.documents`, declared here so that the projects module does not know about documents. A
 * `Project` is only ever reached through a scoped read, so its documents need no further check.
 */
@Resolver(() => Project)
export class ProjectDocumentsResolver {
  @FieldResolver(() => [ProjectDocument], {
    description:
      "Evidence documents (hồ sơ, chứng từ), oldest first: metadata only; upload with `POST /projects/{id}/documents`.",
  })
  documents(@Root() project: Project, @Context() ctx: Ctx): Promise<ProjectDocument[]> {
    return ctx.loaders.documentsByProject.load(project.id);
  }
}

@Resolver(() => ProjectDocument)
export class ProjectDocumentResolver {
  @Allow("UploadEvidence", "ManageEvidence")
  @Mutation(() => Project, {
    description:
      "Deletes an evidence document and returns its đề án. The department any; the uploader their own while the đề án is a draft or in progress.",
  })
  deleteProjectDocument(@Args() { id }: DocumentIdArgs, @Context() ctx: Ctx): Promise<Project> {
    return documentService.deleteDocument(ctx, id);
  }

  @FieldResolver(() => User, { description: "Who uploaded it." })
  async uploadedBy(@Root() document: ProjectDocument, @Context() ctx: Ctx): Promise<User> {
    const user = await ctx.loaders.userById.load(document.uploadedById);
    if (!user) throw new Error(`uploader ${document.uploadedById} of document ${document.id} not found`);
    return user;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the signed-in user may download the bytes (analysts and administrators may not).",
  })
  canDownload(@Context() ctx: Ctx): boolean {
    return documentService.mayDownload(ctx);
  }

  @FieldResolver(() => Boolean, { description: "Whether the signed-in user may delete it now." })
  canDelete(@Root() document: ProjectDocument, @Context() ctx: Ctx): Promise<boolean> {
    return documentService.mayDelete(ctx, document);
  }
}
