import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A signed document joined to a practice (a filing's attachment, an integration) keeps who signed it, as the
 * certificate says, when and in which format, so the office and the parties see the signer after the upload too.
 * Documents uploaded unsigned (by the office, or before the SUE went online) have none.
 */
export class PracticeDocumentSigner1767000100000 implements MigrationInterface {
  name = 'PracticeDocumentSigner1767000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE permit_document
        ADD COLUMN signer_name varchar(256),
        ADD COLUMN signer_fiscal_code varchar(16),
        ADD COLUMN signed_at timestamptz,
        ADD COLUMN signature_format varchar(8) CHECK (signature_format IN ('pades', 'cades')),
        ADD CONSTRAINT permit_document_signer_whole CHECK ((signer_name IS NULL) = (signature_format IS NULL))`);
    // Filings made before this migration: their attachments kept the signer in the draft.
    await queryRunner.query(`
      UPDATE permit_document document
         SET signer_name = attachment.signer_name, signer_fiscal_code = attachment.signer_fiscal_code,
             signed_at = attachment.signed_at, signature_format = attachment.signature_format
        FROM permit_draft draft
        JOIN permit_draft_attachment attachment ON attachment.draft_id = draft.id
       WHERE draft.practice_id = document.practice_id AND attachment.pdf_sha256 = document.sha256
         AND document.signer_name IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE permit_document
        DROP CONSTRAINT permit_document_signer_whole,
        DROP COLUMN signature_format, DROP COLUMN signed_at, DROP COLUMN signer_fiscal_code, DROP COLUMN signer_name`);
  }
}
