import { type ProjectAction, TRANSITION_RULES } from "@khuyencong/domain";
import { Args, Ctx as Context, Mutation, Resolver } from "type-graphql";
import type { Ctx } from "../context.js";
import { Allow } from "../graphql/auth-checker.js";
import { ProjectChangeArgs } from "../projects/project.args.js";
import { Project } from "../projects/project.entity.js";
import {
  AcceptArgs,
  AppraiseArgs,
  ApproveArgs,
  ContractArgs,
  DecisionArgs,
  ReasonArgs,
  SettleArgs,
} from "./project-transition.args.js";
import { transitionProject as transition } from "./project-transition.service.js";

/*
 * One mutation per lifecycle transition, each carrying what it requires. The capability the lifecycle's
 * rule names is the first gate, read from the rule so that it is stated once; the domain's lifecycle
 * (state, capability, records, segregation of duties) and the scope decide.
 */
const AllowAction = (action: ProjectAction) => Allow(TRANSITION_RULES[action].capability);

@Resolver(() => Project)
export class ProjectTransitionResolver {
  @AllowAction("SUBMIT")
  @Mutation(() => Project, {
    description: "Sends a draft to appraisal (DRAFT → SUBMITTED); every beneficiary must be eligible.",
  })
  submitProject(@Args() a: ProjectChangeArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "SUBMIT" });
  }

  @AllowAction("RETURN")
  @Mutation(() => Project, {
    description: "Returns a đề án to its drafter with a reason (→ DRAFT). Department.",
  })
  returnProject(@Args() a: ReasonArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "RETURN" });
  }

  @AllowAction("APPRAISE")
  @Mutation(() => Project, { description: "Records the appraisal (SUBMITTED → APPRAISED). Department." })
  appraiseProject(@Args() a: AppraiseArgs, @Context() ctx: Ctx) {
    return transition(ctx, {
      ...a,
      action: "APPRAISE",
      appraisal: { date: a.appraisedOn, opinion: a.opinion },
    });
  }

  @AllowAction("REJECT")
  @Mutation(() => Project, { description: "Refuses a đề án with a reason (→ REJECTED). Department." })
  rejectProject(@Args() a: ReasonArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "REJECT" });
  }

  @AllowAction("APPROVE")
  @Mutation(() => Project, {
    description:
      "Records the approval decision (APPRAISED → APPROVED) and fixes the approved support, drawn from the year's envelope (INSUFFICIENT_FUNDS) and guarded against double support (DOUBLE_SUPPORT unless a justification is given). Department; not the user who appraised it.",
  })
  approveProject(@Args() a: ApproveArgs, @Context() ctx: Ctx) {
    return transition(ctx, {
      ...a,
      action: "APPROVE",
      decision: { number: a.decisionNumber, date: a.decisionDate },
    });
  }

  @AllowAction("SIGN_CONTRACT")
  @Mutation(() => Project, {
    description: "Records the contract or assignment (APPROVED → CONTRACTED). Department.",
  })
  signProjectContract(@Args() a: ContractArgs, @Context() ctx: Ctx) {
    return transition(ctx, {
      ...a,
      action: "SIGN_CONTRACT",
      contract: { number: a.contractNumber, date: a.contractDate },
    });
  }

  @AllowAction("START")
  @Mutation(() => Project, { description: "Starts the work (CONTRACTED or ADVANCED → IN_PROGRESS)." })
  startProject(@Args() a: ProjectChangeArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "START" });
  }

  @AllowAction("REQUEST_ADJUSTMENT")
  @Mutation(() => Project, { description: "Asks for an adjustment with a reason (IN_PROGRESS → ADJUSTING)." })
  requestProjectAdjustment(@Args() a: ReasonArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "REQUEST_ADJUSTMENT" });
  }

  @AllowAction("APPROVE_ADJUSTMENT")
  @Mutation(() => Project, {
    description: "Approves an adjustment by a decision (ADJUSTING → IN_PROGRESS). Department.",
  })
  approveProjectAdjustment(@Args() a: DecisionArgs, @Context() ctx: Ctx) {
    return transition(ctx, {
      ...a,
      action: "APPROVE_ADJUSTMENT",
      decision: { number: a.decisionNumber, date: a.decisionDate },
    });
  }

  @AllowAction("REJECT_ADJUSTMENT")
  @Mutation(() => Project, {
    description: "Refuses an adjustment with a reason (ADJUSTING → IN_PROGRESS). Department.",
  })
  rejectProjectAdjustment(@Args() a: ReasonArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "REJECT_ADJUSTMENT" });
  }

  @AllowAction("ACCEPT")
  @Mutation(() => Project, {
    description:
      "Records the acceptance (nghiệm thu) with the actual output of every activity (IN_PROGRESS → ACCEPTED). Department.",
  })
  acceptProject(@Args() a: AcceptArgs, @Context() ctx: Ctx) {
    return transition(ctx, {
      ...a,
      action: "ACCEPT",
      acceptance: { date: a.acceptedOn, outputs: a.outputs, costs: a.acceptedCosts ?? [] },
    });
  }

  @AllowAction("SETTLE")
  @Mutation(() => Project, {
    description:
      "Settles the đề án (ACCEPTED → SETTLED): final support = the lower of approved support and what the norm allows on the accepted cost; minus what was paid, a final payment or a refund. Department or Sở Tài chính.",
  })
  settleProject(@Args() a: SettleArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "SETTLE", settlement: { date: a.settledOn } });
  }

  @AllowAction("CLOSE")
  @Mutation(() => Project, {
    description:
      "Closes a settled đề án (SETTLED → CLOSED) once its final payment is paid and any refund received. Department.",
  })
  closeProject(@Args() a: ProjectChangeArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "CLOSE" });
  }

  @AllowAction("STOP")
  @Mutation(() => Project, { description: "Stops a đề án under way with a reason (→ STOPPED). Department." })
  stopProject(@Args() a: ReasonArgs, @Context() ctx: Ctx) {
    return transition(ctx, { ...a, action: "STOP" });
  }
}
