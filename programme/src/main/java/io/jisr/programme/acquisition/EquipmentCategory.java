package io.jisr.programme.acquisition;

/** What an equipment line buys. */
public enum EquipmentCategory {
    MUNITIONS,
    TRANSPORT_AIRCRAFT,
    HELICOPTERS,
    PATROL_VESSELS,
    COMMUNICATION_EQUIPMENT,
    SENSORS,
    VEHICLES,
    SPARE_PARTS,
    TRAINING,
    OTHER
}
