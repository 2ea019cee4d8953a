import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../config/paths.js';
import { governmentServiceJsonLd } from './government-service-json-ld.js';
import { PortalContentError, parsePortalContent, searchServices } from './portal-content.js';

const defaultFile = (): unknown =>
  JSON.parse(readFileSync(path.join(repoRoot, 'backend/config/portal-content/spino-dadda.json'), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: the tests break the file's shape on purpose.
type Breakable = any;

function fieldOf(mutate: (file: Breakable) => void): string {
  const file = defaultFile() as Breakable;
  mutate(file);
  try {
    parsePortalContent(file);
  } catch (error) {
    expect(error).toBeInstanceOf(PortalContentError);
    return (error as PortalContentError).field;
  }
  throw new Error('the file was accepted');
}

describe('parsePortalContent', () => {
  it("should accept Spino d'Adda's file with the six services the portal offers", () => {
    const content = parsePortalContent(defaultFile());
    expect(content.services.map((s) => s.slug)).toEqual([
      'certificati-anagrafici',
      'i-miei-dati-anagrafici',
      'pratiche-edilizie',
      'imu-e-f24',
      'prenotazione-appuntamenti',
      'verifica-certificato',
    ]);
    expect(content.services.find((s) => s.slug === 'prenotazione-appuntamenti')?.access.url).toBe(
      '/prenotazione-appuntamenti',
    );
    expect(content.faq.length).toBeGreaterThan(0);
  });

  it('should name the first wrong field', () => {
    expect(fieldOf((f) => delete f.services[2].howTo)).toBe('services.2.howTo');
    expect(fieldOf((f) => (f.services[0].needed = []))).toBe('services.0.needed');
    expect(fieldOf((f) => (f.services[1].status = 'maybe'))).toBe('services.1.status');
    expect(fieldOf((f) => (f.services[0].access.kind = 'phone'))).toBe('services.0.access.kind');
    expect(fieldOf((f) => (f.services[0].access.url = 'javascript:alert(1)'))).toBe('services.0.access.url');
    expect(fieldOf((f) => (f.services[3].office.postalCode = null))).toBe('services.3.office.postalCode');
    expect(fieldOf((f) => (f.services[0].slug = 'Certificati Anagrafici'))).toBe('services.0.slug');
    expect(fieldOf((f) => (f.services[1].slug = f.services[0].slug))).toBe('services.1.slug');
    expect(fieldOf((f) => (f.services[0].title = 'a\u0000b'))).toBe('services.0.title');
    expect(fieldOf((f) => (f.faq[0].answer = ''))).toBe('faq.0.answer');
    expect(fieldOf((f) => (f.accessibilityStatementUrl = 'http://form.agid.gov.it/view/x'))).toBe(
      'accessibilityStatementUrl',
    );
    expect(fieldOf((f) => (f.services = {}))).toBe('services');
  });

  it('should accept null for the optional links and the status note', () => {
    const file = defaultFile() as Breakable;
    file.accessibilityStatementUrl = 'https://form.agid.gov.it/view/0000';
    file.inefficiencyReportUrl = null;
    file.services[0].statusNote = null;
    const content = parsePortalContent(file);
    expect(content.accessibilityStatementUrl).toBe('https://form.agid.gov.it/view/0000');
    expect(content.inefficiencyReportUrl).toBeNull();
  });
});

describe('searchServices', () => {
  const { services } = parsePortalContent(defaultFile());

  it('should find services by every word, in any case, within a category', () => {
    expect(searchServices(services, 'CERTIFICATO verifica').map((s) => s.slug)).toEqual([
      'verifica-certificato',
    ]);
    expect(searchServices(services, 'imposte').map((s) => s.slug)).toEqual(['imu-e-f24']);
    expect(searchServices(services, '', 'Catasto e urbanistica').map((s) => s.slug)).toEqual([
      'pratiche-edilizie',
    ]);
    expect(searchServices(services, 'certificati', 'Catasto e urbanistica')).toEqual([]);
    expect(searchServices(services, '').length).toBe(services.length);
  });
});

describe('governmentServiceJsonLd', () => {
  const { services } = parsePortalContent(defaultFile());

  it('should carry every member the validator requires, with an absolute service URL', () => {
    const ld = governmentServiceJsonLd(services[0], "Spino d'Adda", 'https://servizi.example.it');
    expect(ld['@type']).toBe('GovernmentService');
    expect(ld.name).toBe('Certificati anagrafici');
    expect(ld.serviceType).toBe('Anagrafe e stato civile');
    expect(ld.serviceOperator.name).toBe("Comune di Spino d'Adda");
    expect(ld.areaServed.name).toBe("Spino d'Adda");
    expect(ld.audience.audienceType.length).toBeGreaterThan(0);
    expect(ld.availableChannel.serviceUrl).toBe('https://servizi.example.it/certificati');
    expect(ld.availableChannel.serviceLocation.name).toBe('Ufficio Anagrafe e Stato civile');
    expect(ld.availableChannel.serviceLocation.address).toMatchObject({
      streetAddress: 'Piazza XXV Aprile 1',
      postalCode: '26016',
      addressLocality: "Spino d'Adda",
    });
  });

  it('should keep an absolute access URL as it is', () => {
    const external = { ...services[0], access: { ...services[0].access, url: 'https://other.example.it/x' } };
    expect(governmentServiceJsonLd(external, 'X', 'https://p.it').availableChannel.serviceUrl).toBe(
      'https://other.example.it/x',
    );
  });
});
