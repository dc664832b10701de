import { ROLE_LABELS, type Role } from "@khuyencong/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from "typeorm";
import { RoleEnum, ROLES_SQL } from "../auth/role-enum.js";
import { Commune } from "../communes/commune.entity.js";
import { ImplementingUnit } from "../units/implementing-unit.entity.js";

@Entity({ name: "app_user" })
@Index("IX_app_user_created", ["createdAt", "id"])
@Check("CHK_app_user_role", `"role" IN (${ROLES_SQL})`)
@Check("CHK_app_user_email_lowercase", `"email" = lower("email")`)
@ObjectType({ description: "A person who signs in to the system (người dùng)." })
export class User {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier." })
  id: string;

  @Index("UQ_app_user_email", { unique: true })
  @Column({ type: "varchar", length: 254 })
  @Field(() => String, { description: "Sign-in email, stored in lower case; unique." })
  email: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Full name as shown in the app (họ và tên)." })
  fullName: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => RoleEnum, { description: "What the user may do." })
  role: Role;

  @Column({ type: "varchar", length: 64, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "Code of the commune (xã, phường, đặc khu) a COMMUNE_OFFICER works for; null for other roles.",
  })
  communeCode: string | null;

  /** Foreign key to `commune`, so that a user can only be bound to a real commune. */
  @ManyToOne(() => Commune, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "commune_code", referencedColumnName: "code" })
  commune?: Commune | null;

  @Column({ type: "uuid", nullable: true })
  @Field(() => ID, {
    nullable: true,
    description:
      "Id of the implementing unit (đơn vị thực hiện) of an IMPLEMENTING_UNIT user; null otherwise.",
  })
  unitId: string | null;

  @ManyToOne(() => ImplementingUnit, { nullable: true, onDelete: "RESTRICT" })
  @JoinColumn({ name: "unit_id" })
  unit?: ImplementingUnit | null;

  /** argon2id PHC string. Never exposed: no `@Field`, and the audit log leaves it out. */
  @Column({ type: "varchar", length: 200 })
  passwordHash: string;

  @Column({ type: "boolean", default: true })
  @Field(() => Boolean, { description: "False once deactivated: the user can no longer sign in." })
  active: boolean;

  /**
   * True while the password is one somebody else knows (an administrator chose it, or it was generated
   * and printed): until the user changes it, every operation but `me`, `changePassword` and `logout` is
   * refused with PASSWORD_CHANGE_REQUIRED.
   */
  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, {
    description:
      "True until the user replaces a password an administrator set or the system generated; meanwhile only me, changePassword and logout are allowed.",
  })
  mustChangePassword: boolean;

  @VersionColumn({ type: "integer" })
  @Field(() => Int, {
    description: "Incremented on every change; send it back to update (optimistic locking).",
  })
  version: number;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the user was created." })
  createdAt: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When the user was last changed." })
  updatedAt: Date;

  @Field(() => String, { description: "Vietnamese name of the role, for display." })
  get roleLabel(): string {
    return ROLE_LABELS[this.role];
  }
}
