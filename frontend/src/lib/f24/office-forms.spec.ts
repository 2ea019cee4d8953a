import { describe, expect, it } from 'vitest';
import { readPropertyForm, readRatesForm } from './office-forms';

describe('taxes office forms', () => {
  it('should read the rates with Italian decimal commas turned into points', () => {
    const { year, input } = readRatesForm({
      year: '2026',
      label: ' delibera C.C. n. 3 ',
      mainResidence: '0,6',
      ruralInstrumental: '0.1',
      land: '0,76',
      buildingLand: '1,06',
      groupD: '1,06',
      otherBuildings: '1,06',
      mainResidenceDeduction: '200,00',
      minimumAmount: '12',
    });
    expect(year).toBe(2026);
    expect(input).toEqual({
      label: 'delibera C.C. n. 3',
      rates: {
        mainResidence: '0.6',
        ruralInstrumental: '0.1',
        land: '0.76',
        buildingLand: '1.06',
        groupD: '1.06',
        otherBuildings: '1.06',
      },
      mainResidenceDeduction: '200.00',
      minimumAmount: '12',
      formerTasiSurcharge: false,
    });
  });

  it('should keep only the owner rows filled in and the reductions ticked', () => {
    const property = readPropertyForm({
      kind: 'building',
      cadastralCategory: 'a/2',
      cadastralIncome: '750,00',
      foglio: '12',
      particella: '345',
      owner0FiscalCode: 'rssmra85t10a562s',
      owner0Share: '50',
      owner0From: '2020-01-01',
      owner0MainResidence: 'on',
      owner1FiscalCode: '',
      owner2FiscalCode: 'BNCNNA78P43I914Z',
      owner2Share: '50',
      owner2From: '2020-01-01',
      owner2To: '2025-06-30',
      agreedRent: 'on',
      uninhabitableFrom: '',
    });
    expect(property).toMatchObject({
      kind: 'building',
      cadastralCategory: 'A/2',
      cadastralIncome: '750.00',
      owners: [
        { fiscalCode: 'RSSMRA85T10A562S', sharePercent: '50', from: '2020-01-01', mainResidence: true },
        { fiscalCode: 'BNCNNA78P43I914Z', to: '2025-06-30', mainResidence: false },
      ],
      reductions: [{ kind: 'agreedRent' }],
    });
    expect(property.dominicalIncome).toBeUndefined();
  });

  it('should send only the income that belongs to the kind of property', () => {
    const land = readPropertyForm({
      kind: 'land',
      cadastralIncome: '100',
      dominicalIncome: '80,5',
      foglio: '3',
    });
    expect(land).toMatchObject({ kind: 'land', dominicalIncome: '80.5' });
    expect(land.cadastralIncome).toBeUndefined();
  });
});
