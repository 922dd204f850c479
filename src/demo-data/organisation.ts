/** Service areas, teams and staff of the synthetic council. */
import type { Rng } from '../domain/random';
import { fnv1a, mulberry32 } from '../domain/random';
import type { Role, ServiceArea, StaffMember, Team } from '../domain/records';
import { staffNames } from './names';
import { between } from './pick';
import type { CohortWeights, DemoShape } from './shape';

export interface Organisation {
  readonly serviceAreas: readonly ServiceArea[];
  readonly teams: readonly Team[];
  readonly staff: readonly StaffMember[];
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

/** A synthetic Entra object id that looks like a version-4 GUID; the same for the same seed. */
export const syntheticObjectId = (seed: number, index: number): string => {
  const rng = mulberry32(fnv1a(`${String(seed)}:staff:${String(index)}`));
  const word = (): string => hex8(Math.floor(rng.next() * 0x1_0000_0000));
  const digits = `${word()}${word()}${word()}${word()}`.split('');
  digits[12] = '4';
  digits[16] = '89ab'.charAt(rng.below(4));
  const h = digits.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

interface Post {
  readonly role: Role;
  readonly teamId: string | null;
  readonly serviceAreaId: string | null;
}

interface TeamOfShape extends Team {
  readonly cohorts: CohortWeights;
}

const teamsOfShape = (shape: DemoShape): TeamOfShape[] =>
  shape.serviceAreas.flatMap((area) =>
    area.teams.map(({ name, cohorts }, i) => ({
      id: `T-${area.code}-${String(i + 1).padStart(2, '0')}`,
      name,
      serviceAreaId: area.id,
      cohorts,
    })),
  );

/** The cohorts each team serves, by team id. */
export const teamCohorts = (shape: DemoShape): ReadonlyMap<string, CohortWeights> =>
  new Map(teamsOfShape(shape).map((t) => [t.id, t.cohorts]));

const postsOf = (shape: DemoShape, teams: readonly Team[], rng: Rng): Post[] => {
  const [min, max] = shape.practitionersPerTeam;
  const serviceWide = (role: Role): Post => ({ role, teamId: null, serviceAreaId: null });
  return [
    serviceWide('Director'),
    serviceWide('AssistantDirector'),
    serviceWide('PrincipalSocialWorker'),
    ...Array.from({ length: shape.qaLeads }, () => serviceWide('QALead')),
    ...shape.serviceAreas.map((a) => ({
      role: 'HeadOfService' as const,
      teamId: null,
      serviceAreaId: a.id,
    })),
    ...teams.flatMap((team) => {
      const member = (role: Role): Post => ({
        role,
        teamId: team.id,
        serviceAreaId: team.serviceAreaId,
      });
      const practitioners = between(rng, min, max);
      return [
        member('TeamManager'),
        ...Array.from({ length: practitioners }, () => member('Practitioner')),
      ];
    }),
  ];
};

/** The organisation: every post filled by a synthetic member of staff. */
export const buildOrganisation = (shape: DemoShape, seed: number, rng: Rng): Organisation => {
  const serviceAreas = shape.serviceAreas.map(({ id, name }) => ({ id, name }));
  const teams = teamsOfShape(shape).map(({ id, name, serviceAreaId }) => ({
    id,
    name,
    serviceAreaId,
  }));
  const posts = postsOf(shape, teams, rng);
  const names = staffNames(rng, posts.length);
  const staff = posts.map((post, i): StaffMember => ({
    id: `S-${String(i + 1).padStart(4, '0')}`,
    aadObjectId: syntheticObjectId(seed, i),
    displayName: names[i],
    ...post,
    active: true,
  }));
  return { serviceAreas, teams, staff };
};
