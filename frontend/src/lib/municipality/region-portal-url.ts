// The institutional portals of the twenty regions, keyed by the region name the backend sends.
const regionPortals: Record<string, string> = {
  Abruzzo: 'https://www.regione.abruzzo.it',
  Basilicata: 'https://portale.regione.basilicata.it',
  Calabria: 'https://www.regione.calabria.it',
  Campania: 'https://www.regione.campania.it',
  'Emilia-Romagna': 'https://www.regione.emilia-romagna.it',
  'Friuli Venezia Giulia': 'https://www.regione.fvg.it',
  Lazio: 'https://www.regione.lazio.it',
  Liguria: 'https://www.regione.liguria.it',
  Lombardia: 'https://www.regione.lombardia.it',
  Marche: 'https://www.regione.marche.it',
  Molise: 'https://www.regione.molise.it',
  Piemonte: 'https://www.regione.piemonte.it',
  Puglia: 'https://www.regione.puglia.it',
  Sardegna: 'https://www.regione.sardegna.it',
  Sicilia: 'https://www.regione.sicilia.it',
  Toscana: 'https://www.regione.toscana.it',
  'Trentino-Alto Adige': 'https://www.regione.taa.it',
  Umbria: 'https://www.regione.umbria.it',
  "Valle d'Aosta": 'https://www.regione.vda.it',
  Veneto: 'https://www.regione.veneto.it',
};

export function regionPortalUrl(region: string): string | undefined {
  return regionPortals[region];
}
