export interface DemoStreet {
  code: string;
  toponym: string;
  name: string;
  /** Highest civic number handed out on the street: longer streets receive more households. */
  maxCivic: number;
  /** True for names found in public sources about Spino d'Adda; the others are plausible, not verified. */
  attested: boolean;
}

type StreetRow = readonly [code: string, toponym: string, name: string, maxCivic: number, attested: boolean];

/**
 * Street register (stradario) for the Spino d'Adda demo. Attested names come from local news and the comune's
 * own pages (piazza XXV Aprile, viale Ungaretti, via Monsignor Quaini, the Villaggio Europa with via Francia,
 * the hamlets Erbatico, Gamello, Resega, Fornace and Fracchia-Fracina...). Codes are demo codes, not the
 * comune's ANNCSU codes.
 */
const ROWS: readonly StreetRow[] = [
  ['0001', 'Piazza', 'XXV Aprile', 14, true],
  ['0002', 'Piazza', 'Casati', 10, true],
  ['0003', 'Viale', 'Ungaretti', 60, true],
  ['0004', 'Viale', 'della Vittoria', 90, true],
  ['0005', 'Via', 'Milano', 120, true],
  ['0006', 'Via', 'Bergamo', 40, true],
  ['0007', 'Via', 'Monsignor Quaini', 50, true],
  ['0008', 'Via', 'Parma', 40, true],
  ['0009', 'Via', 'Pascoli', 36, true],
  ['0010', 'Via', 'Manzoni', 70, true],
  ['0011', 'Via', 'Argine', 30, true],
  ['0012', 'Via', 'Marconi', 64, true],
  ['0013', 'Via', 'Cascina Rosa', 30, true],
  ['0014', 'Via', 'Francia', 30, true],
  ['0015', 'Contrada', 'Fraccina', 8, true],
  ['0016', 'Località', 'Erbatico', 12, true],
  ['0017', 'Località', 'Gamello', 10, true],
  ['0018', 'Località', 'Resega', 8, true],
  ['0019', 'Località', 'Fornace', 10, true],
  ['0020', 'Via', 'Roma', 80, false],
  ['0021', 'Via', 'Dante Alighieri', 50, false],
  ['0022', 'Via', 'Giuseppe Garibaldi', 60, false],
  ['0023', 'Via', 'Giuseppe Mazzini', 40, false],
  ['0024', 'Via', 'Giosuè Carducci', 30, false],
  ['0025', 'Via', 'Giacomo Leopardi', 30, false],
  ['0026', 'Via', 'Cesare Battisti', 36, false],
  ['0027', 'Via', 'IV Novembre', 40, false],
  ['0028', 'Via', 'Vittorio Veneto', 44, false],
  ['0029', 'Via', 'Alcide De Gasperi', 50, false],
  ['0030', 'Via', 'Aldo Moro', 40, false],
  ['0031', 'Via', 'Papa Giovanni XXIII', 36, false],
  ['0032', 'Via', 'San Giacomo', 24, false],
  ['0033', 'Via', 'Madonna del Bosco', 30, false],
  ['0034', 'Via', 'Germania', 28, false],
  ['0035', 'Via', 'Spagna', 24, false],
  ['0036', 'Via', 'Olanda', 20, false],
  ['0037', 'Via', 'Belgio', 20, false],
  ['0038', 'Via', 'Lodi', 50, false],
  ['0039', 'Via', 'Crema', 44, false],
  ['0040', 'Via', 'Adda', 36, false],
  ['0041', 'Via', 'Don Lorenzo Milani', 30, false],
  ['0042', 'Via', 'Martiri della Libertà', 40, false],
  ['0043', 'Via', 'Enrico Fermi', 28, false],
  ['0044', 'Via', 'Galileo Galilei', 28, false],
  ['0045', 'Via', 'Leonardo da Vinci', 34, false],
  ['0046', 'Via', 'Giacomo Matteotti', 40, false],
  ['0047', 'Via', 'Antonio Gramsci', 30, false],
  ['0048', 'Vicolo', 'del Castello', 12, false],
  ['0049', 'Largo', 'Bernabò Visconti', 10, false],
  ['0050', 'Via', 'delle Industrie', 20, false],
];

export const DEMO_STREET_REGISTER: readonly DemoStreet[] = ROWS.map(
  ([code, toponym, name, maxCivic, attested]) => ({
    code,
    toponym,
    name,
    maxCivic,
    attested,
  }),
);
