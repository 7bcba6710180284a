-- AlterEnum
ALTER TYPE "ChangeKind" ADD VALUE 'RELEASE';

