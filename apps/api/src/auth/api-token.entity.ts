import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { User } from "../users/user.entity.js";

/**
 * A personal API token of an analyst: a long-lived bearer credential for scripts and GraphiQL. Only the
 * SHA-256 of the secret is stored; the secret is shown once, when it is created. A token always acts with
 * the ANALYST role's read-only rights, and every mutation is refused to it (see `api-token-guard.ts`).
 */
@Entity({ name: "api_token" })
@ObjectType({
  description: "A personal API token (read-only, analysts). The secret itself is never shown again.",
})
export class ApiToken {
  @PrimaryGeneratedColumn("uuid")
  @Field(() => ID, { description: "Stable identifier; pass it to `revokeApiToken`." })
  id: string;

  @Index("IX_api_token_user")
  @Column({ type: "uuid" })
  @Field(() => ID, { description: "The user the token signs in as." })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "varchar", length: 100 })
  @Field(() => String, { description: "What the owner called it, e.g. `Báo cáo quý – máy phòng KH`." })
  name: string;

  @Column({ type: "varchar", length: 16 })
  @Field(() => String, {
    description: "The first characters of the secret (`kc_` + 6), to recognise a token; not usable alone.",
  })
  prefix: string;

  @Index("UQ_api_token_secret_hash", { unique: true })
  @Column({ type: "char", length: 64 })
  secretHash: string;

  @CreateDateColumn({ type: "timestamptz" })
  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: "When it was last used (updated at most once a minute); null if never.",
  })
  lastUsedAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, { nullable: true, description: "When it expires; null = until revoked." })
  expiresAt: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: "When it was revoked; a revoked token never works again.",
  })
  revokedAt: Date | null;
}
