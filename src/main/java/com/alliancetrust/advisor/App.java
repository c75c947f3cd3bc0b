package com.alliancetrust.advisor; public class App { public static void main(String[] a){} }
