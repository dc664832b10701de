import type { DoubleSupportFinding } from "@khuyencong/domain";
import {
  Arg,
  Args,
  Authorized,
  Ctx as Context,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { ACHIEVED_STATES, inStateGroup } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { Allow } from "../graphql/auth-checker.js";
import { DongScalar } from "../graphql/scalars.js";
import { Project } from "../projects/project.entity.js";
import { BudgetEnvelope } from "./budget-envelope.entity.js";
import * as envelopes from "./envelope.service.js";
import {
  CreateEnvelopeArgs,
  PayRequestArgs,
  PriorSupportArgs,
  RecordRefundArgs,
  RefuseRequestArgs,
  RequestPaymentArgs,
  UpdateEnvelopeArgs,
} from "./money.args.js";
import { PaymentRequest } from "./payment-request.entity.js";
import * as payments from "./payment.service.js";
import { PriorSupport } from "./prior-support.entity.js";
import { recordPriorSupport } from "./prior-support.service.js";

@ObjectType({
  description: "A double-support finding: the facility was already supported for this activity.",
})
export class DoubleSupportFindingType {
  @Field(() => String, { description: "SAME_COST_ITEM (clear double support) or SAME_ACTIVITY (to judge)." })
  match: string;

  @Field(() => String, { description: "The cost item of this đề án." })
  costItem: string;

  @Field(() => String, {
    description: "Where the earlier support came from (a đề án code or another programme).",
  })
  priorSource: string;

  @Field(() => Int, { description: "Year of the earlier support." })
  priorYear: number;

  @Field(() => String, { description: "Vietnamese explanation." })
  message: string;

  static from(f: DoubleSupportFinding): DoubleSupportFindingType {
    return Object.assign(new DoubleSupportFindingType(), {
      match: f.match,
      costItem: f.proposed.costItem,
      priorSource: f.prior.source,
      priorYear: f.prior.year,
      message: f.message,
    });
  }
}

@ObjectType({ description: "What the Treasury paid on a đề án, đồng." })
export class PaidTotals {
  @Field(() => DongScalar, { description: "Advances paid." })
  advance: number;

  @Field(() => DongScalar, { description: "Payments after acceptance." })
  payment: number;

  @Field(() => DongScalar, { description: "Payments after settlement." })
  final: number;

  @Field(() => DongScalar, { description: "Requested and not yet decided." })
  pending: number;

  @Field(() => DongScalar, { description: "All paid." })
  total: number;
}

@Resolver(() => BudgetEnvelope)
export class BudgetEnvelopeResolver {
  @Allow("ReadEnvelopes")
  @Query(() => [BudgetEnvelope], {
    description: "Budget envelopes by year and fund, with allocation and balance.",
  })
  budgetEnvelopes(
    @Arg("year", () => Int, { nullable: true, description: "Only this year." }) year: number | null,
    @Context() ctx: Ctx,
  ): Promise<BudgetEnvelope[]> {
    return envelopes.listEnvelopes(ctx, year);
  }

  @Allow("ManageEnvelopes")
  @Mutation(() => BudgetEnvelope, {
    description: "Records a year's envelope of a fund. Sở Tài chính or the department.",
  })
  createBudgetEnvelope(@Args() args: CreateEnvelopeArgs, @Context() ctx: Ctx): Promise<BudgetEnvelope> {
    return envelopes.createEnvelope(ctx, args);
  }

  @Allow("ManageEnvelopes")
  @Mutation(() => BudgetEnvelope, {
    description:
      "Changes an envelope; never below what is allocated (INSUFFICIENT_FUNDS). Sở Tài chính or the department.",
  })
  updateBudgetEnvelope(@Args() args: UpdateEnvelopeArgs, @Context() ctx: Ctx): Promise<BudgetEnvelope> {
    return envelopes.updateEnvelope(ctx, args);
  }

  @FieldResolver(() => DongScalar, {
    description:
      "Committed support: the domain's committedSupport over the đề án of this year and fund — their approved support, their final support once settled, only what was paid on stopped ones; not the approved support (`MoneyBreakdownRow.approved`), which a stopped or settled đề án keeps. The same figure as `MoneyBreakdownRow.committed`.",
  })
  allocated(@Root() envelope: BudgetEnvelope, @Context() ctx: Ctx): Promise<number> {
    return ctx.loaders.allocatedByEnvelope.load(`${envelope.year}|${envelope.fundSource}`);
  }

  @FieldResolver(() => DongScalar, {
    description: "amount − allocated (the committed support); never negative.",
  })
  async available(@Root() envelope: BudgetEnvelope, @Context() ctx: Ctx): Promise<number> {
    return (
      envelope.amount -
      (await ctx.loaders.allocatedByEnvelope.load(`${envelope.year}|${envelope.fundSource}`))
    );
  }
}

@Resolver(() => PaymentRequest)
export class PaymentResolver {
  @Allow("RequestPayment")
  @Mutation(() => PaymentRequest, {
    description:
      "Asks the Treasury for an advance or a payment on a đề án the user prepares; the same requestKey returns the same request. Within the approved support and the advance rules.",
  })
  requestPayment(@Args() args: RequestPaymentArgs, @Context() ctx: Ctx): Promise<PaymentRequest> {
    return payments.requestPayment(ctx, args);
  }

  @Allow("PayRequests")
  @Mutation(() => PaymentRequest, {
    description: "Pays a pending request, exactly once (CONFLICT if already decided). Treasury.",
  })
  payPaymentRequest(@Args() args: PayRequestArgs, @Context() ctx: Ctx): Promise<PaymentRequest> {
    return payments.payRequest(ctx, args);
  }

  @Allow("PayRequests")
  @Mutation(() => PaymentRequest, { description: "Refuses a pending request with a reason. Treasury." })
  refusePaymentRequest(@Args() args: RefuseRequestArgs, @Context() ctx: Ctx): Promise<PaymentRequest> {
    return payments.refuseRequest(ctx, args);
  }

  @Allow("PayRequests")
  @Mutation(() => Project, { description: "Records a refund received after settlement. Treasury." })
  recordProjectRefund(@Args() args: RecordRefundArgs, @Context() ctx: Ctx): Promise<Project> {
    return payments.recordRefund(ctx, args);
  }

  @Authorized()
  @Query(() => [PaymentRequest], {
    description: "Payment requests waiting for the Treasury, oldest first, on the đề án the user may read.",
  })
  pendingPaymentRequests(@Context() ctx: Ctx): Promise<PaymentRequest[]> {
    return payments.pendingRequests(ctx);
  }

  @FieldResolver(() => Project, { description: "The đề án." })
  project(@Root() request: PaymentRequest, @Context() ctx: Ctx): Promise<Project | null> {
    return ctx.loaders.projectById.load(request.projectId);
  }
}

@Resolver(() => PriorSupport)
export class PriorSupportResolver {
  @Allow("RecordPriorSupport")
  @Mutation(() => PriorSupport, {
    description:
      "Records support a facility received from another source, for the double-support guard. Department.",
  })
  recordPriorSupport(@Args() args: PriorSupportArgs, @Context() ctx: Ctx): Promise<PriorSupport> {
    return recordPriorSupport(ctx, args);
  }
}

/** The money fields of a đề án. */
@Resolver(() => Project)
export class ProjectMoneyResolver {
  @FieldResolver(() => [PaymentRequest], { description: "Advance and payment requests, oldest first." })
  paymentRequests(@Root() project: Project, @Context() ctx: Ctx): Promise<PaymentRequest[]> {
    return ctx.loaders.paymentRequestsByProject.load(project.id);
  }

  @FieldResolver(() => PaidTotals, { description: "What the Treasury paid, by kind." })
  async paid(@Root() project: Project, @Context() ctx: Ctx): Promise<PaidTotals> {
    const requests = await ctx.loaders.paymentRequestsByProject.load(project.id);
    const sum = (pick: (r: PaymentRequest) => boolean) =>
      requests.filter(pick).reduce((s, r) => s + r.amount, 0);
    const paid = (kind: string) => sum((r) => r.status === "PAID" && r.kind === kind);
    return Object.assign(new PaidTotals(), {
      advance: paid("ADVANCE"),
      payment: paid("PAYMENT"),
      final: paid("FINAL"),
      pending: sum((r) => r.status === "PENDING"),
      total: sum((r) => r.status === "PAID"),
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where to download the settlement dossier (Excel: Mẫu 7, 8a, 8b, 10) with the same Bearer token; null before acceptance.",
  })
  settlementDossierPath(@Root() project: Project): string | null {
    return inStateGroup(project.state, ACHIEVED_STATES)
      ? `/projects/${project.id}/settlement-dossier.xlsx`
      : null;
  }

  @FieldResolver(() => [DoubleSupportFindingType], {
    description:
      "Earlier support of the beneficiaries for the same activity: flagged at estimate, refused at approval without a reason.",
  })
  async doubleSupportFindings(
    @Root() project: Project,
    @Context() ctx: Ctx,
  ): Promise<DoubleSupportFindingType[]> {
    return (await ctx.loaders.doubleSupportByProject.load(project.id)).map(DoubleSupportFindingType.from);
  }
}
