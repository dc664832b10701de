import { ArrayMaxSize, IsUUID, Max, Min } from "class-validator";
import {
  Args,
  ArgsType,
  Authorized,
  Ctx as Context,
  Field,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
} from "type-graphql";
import type { Ctx } from "../context.js";
import { msg } from "../graphql/validation.js";
import { Notification } from "./notification.entity.js";
import * as service from "./notification.service.js";

@ArgsType()
class MyNotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: "How many, newest first (at most 100)." })
  @Min(1, msg("Số thông báo phải từ 1 đến 100"))
  @Max(100, msg("Số thông báo phải từ 1 đến 100"))
  first: number;

  @Field(() => Boolean, { defaultValue: false, description: "Only those not read yet." })
  unreadOnly: boolean;
}

@ArgsType()
class MarkNotificationsReadArgs {
  @Field(() => [ID], {
    nullable: true,
    description: "The notifications to mark read; all of mine when omitted.",
  })
  @ArrayMaxSize(500, msg("Tối đa 500 thông báo một lần"))
  @IsUUID("all", msg("Mã thông báo không hợp lệ", { each: true }))
  ids?: string[] | null;
}

/** The bell: each signed-in user reads and marks only their own notifications. */
@Authorized()
@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => [Notification], { description: "The signed-in user's notifications, newest first." })
  myNotifications(@Args() args: MyNotificationsArgs, @Context() ctx: Ctx): Promise<Notification[]> {
    return service.myNotifications(ctx, args);
  }

  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread." })
  myUnreadNotificationCount(@Context() ctx: Ctx): Promise<number> {
    return service.myUnreadNotificationCount(ctx);
  }

  @Mutation(() => Int, {
    description:
      "Marks the signed-in user's notifications read (the given ones, or all); returns how many changed.",
  })
  markNotificationsRead(@Args() { ids }: MarkNotificationsReadArgs, @Context() ctx: Ctx): Promise<number> {
    return service.markNotificationsRead(ctx, ids);
  }
}
