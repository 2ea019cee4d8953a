import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DocumentMediaType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** An uploaded file; its bytes are in the `FileStore` under `storageKey`. */
@Entity('permit_document')
export class PracticeDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ name: 'integration_request_id', type: 'uuid', nullable: true })
  integrationRequestId: string | null;

  @Column({ name: 'file_name', type: 'varchar' })
  fileName: string;

  /** As detected from the content, never as declared by the browser. */
  @Column({ name: 'media_type', type: 'varchar' })
  mediaType: DocumentMediaType;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar' })
  storageKey: string;

  @Column({ name: 'uploaded_by_fiscal_code', type: 'varchar' })
  uploadedByFiscalCode: string;

  @Column({ name: 'uploaded_by_role', type: 'varchar' })
  uploadedByRole: 'applicant' | 'technician' | 'permits';

  @Column({ name: 'uploaded_by_name', type: 'varchar' })
  uploadedByName: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;

  /** Who signed the document, as the certificate names them; null for a document uploaded unsigned. */
  @Column({ name: 'signer_name', type: 'varchar', nullable: true })
  signerName: string | null;

  @Column({ name: 'signer_fiscal_code', type: 'varchar', nullable: true })
  signerFiscalCode: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ name: 'signature_format', type: 'varchar', nullable: true })
  signatureFormat: 'pades' | 'cades' | null;
}

/** The verified signature of a document, stored with it. */
export interface DocumentSignature {
  signerName: string;
  signerFiscalCode: string | null;
  signedAt: Date;
  signatureFormat: 'pades' | 'cades';
}
